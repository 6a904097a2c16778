a = b = c = 0
print(a, b, c)
x = y = []
x.append(1)
print(x, y, x is y)
p, q = r = (1, 2)
print(p, q, r)
lst = [0, 0, 0]
i = 0
i, lst[i] = 1, 5
print(i, lst)
d = {}
d['a'] = d['b'] = 'shared'
print(d)
m = n = 5
m += 1
print(m, n)
