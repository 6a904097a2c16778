for x in [1, 'a', None]:
    print(x)
for x in (1.5, 2.5):
    print(x)
for ch in 'hey':
    print(ch)
d = {'a': 1, 'b': 2}
for k in d:
    print(k)
for v in d.values():
    print(v)
for k, v in d.items():
    print(k, v)
for i, ch in enumerate('xyz'):
    print(i, ch)
for i, ch in enumerate('xyz', start=10):
    print(i, ch)
for i, ch in enumerate('xy', 1):
    print(i, ch)
for a, b in zip([1, 2, 3], 'ab'):
    print(a, b)
for a, b, c in zip((1, 2), [3, 4], 'cd'):
    print(a, b, c)
for x in reversed([1, 2, 3]):
    print(x)
for x in reversed('abc'):
    print(x)
for x in reversed((7, 8)):
    print(x)
for x in reversed(range(3)):
    print(x)
