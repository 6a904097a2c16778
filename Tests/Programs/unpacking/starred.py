first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = 'hello'
print(init, last)
a, *mid, b = range(6)
print(a, mid, b)
a, *mid, b = (1, 2)
print(a, mid, b)
(x, *ys), z = [1, 2, 3], 4
print(x, ys, z)
print([*range(3), *'ab', *(9,)])
print((*[1, 2], 3))
print({**{'a': 1}, 'b': 2, **{'a': 3}})
head, *tail = [0]
print(head, tail)
for f, *others in [(1, 2, 3), (4,)]:
    print(f, others)
