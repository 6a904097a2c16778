f = 1
for i in range(1, 101):
    f *= i
print(f)
print(len(str(f)))
print(f % 1000000007, f // 10 ** 150)
