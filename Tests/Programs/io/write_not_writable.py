f = open('io/data.txt')
print(f.readline(), end='')
f.write('x')
