sq = lambda x: x * x
add = lambda a, b=10: a + b
print(sq(5), add(1), add(1, 2), add(b=3, a=4))
print((lambda: 'no args')())
print((lambda *a, **k: (a, k))(1, 2, z=3))
print(list(map(lambda x: x + 1, [1, 2, 3])))
print(list(filter(lambda x: x % 2, range(10))))
print(sorted(['bb', 'a', 'ccc'], key=lambda s: -len(s)))
pick = lambda cond: (lambda: 'yes') if cond else (lambda: 'no')
print(pick(True)(), pick(False)())
print((lambda x: (lambda y: x + y))(3)(4))
