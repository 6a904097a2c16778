f = open('io/data.txt')
f.close()
for line in f:
    print(line)
