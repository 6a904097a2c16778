f = open('io/data.txt')
f.close()
print(f.closed)
f.read()
