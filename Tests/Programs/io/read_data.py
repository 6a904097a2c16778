# Reading a text file in the corpus: read, readline, readlines, iteration, read(n).
f = open('io/data.txt')
print(repr(f.readline()))
print(repr(f.read(4)), repr(f.read(9)))
print(repr(f.read()))
print(repr(f.read()), repr(f.readline()))
f.close()
print(f.closed, f.name, f.mode)
for line in open('io/data.txt', 'r'):
    print(len(line), line.rstrip('\n'))
print(open('io/data.txt', encoding='utf-8').readlines())
print(list(open('io/data.txt'))[1])
print(repr(open('io/data.txt')))
print(type(f).__name__)
