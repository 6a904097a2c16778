adders = [lambda x, n=n: x + n for n in range(3)]
print([f(10) for f in adders])
k = 2
scale = lambda x: x * k
k = 5
print(scale(3))
counter = [0]
bump = lambda: counter.append(counter[-1] + 1) or counter[-1]
print(bump(), bump(), counter)
ident = lambda *a: a
print(ident(), ident(1), ident(*'ab'))
