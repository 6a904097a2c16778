a = [1, 2, 3, 4, 5]
a[0], a[-1] = a[-1], a[0]
print(a)
i, j = 1, 3
a[i], a[j] = a[j], a[i]
print(a)
x, y, z = 1, 2, 3
x, y, z = z, x, y
print(x, y, z)
(a1, b1), (c1, d1) = (b, a), (d, c) = ((1, 2), (3, 4))
print(a1, b1, c1, d1, a, b, c, d)
