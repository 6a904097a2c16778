total = 0
for i in range(1, 11):
    total += i * i
print(total)
for i in range(10, 0, -2):
    print(i, end=' ')
print()
for i in range(3):
    for j in range(i, 3):
        print((i, j), end='')
print()
n = 0
for _ in range(1000000):
    n += 1
print(n)
