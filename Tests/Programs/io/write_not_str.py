import time
f = open('/tmp/adder-corpus-io-' + str(int(time.time() * 1e9)) + '.txt', 'w')
print(f.write('ok'))
f.write(42)
