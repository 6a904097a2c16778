a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 'abc'
print(x, y, z)
(p, q), r = [1, 2], 3
print(p, q, r)
[m, n] = (10, 20)
print(m, n)
i, j = range(2)
print(i, j)
k, v = {'only': 1}.popitem()
print(k, v)
for (a1, a2), a3 in [((1, 2), 3), ((4, 5), 6)]:
    print(a1 + a2 + a3)
d1, d2 = {'x': 1, 'y': 2}
print(d1, d2)
