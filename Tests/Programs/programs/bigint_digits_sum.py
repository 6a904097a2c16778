n = 2 ** 1000
print(sum(int(d) for d in str(n)))
f = 1
for i in range(2, 101):
    f *= i
print(sum(int(d) for d in str(f)))
a, b, idx = 1, 1, 2
while len(str(b)) < 100:
    a, b = b, a + b
    idx += 1
print(idx)
print(str(3 ** 200)[:20], str(3 ** 200)[-20:])
