d = {'a': 1, 'b': 2, 'c': 3, 'd': 4}
for k in list(d):
    if d[k] % 2 == 0:
        del d[k]
print(d)
d.update({'a': 10, 'e': 5})
print(d)
copy = dict(d)
copy['a'] = -1
print(d['a'], copy['a'])
squares = {}
for i in range(5):
    squares[i] = i * i
squares[2] = 'two'
print(squares, len(squares), list(squares.values())[2])
print({**d, **{'z': 0}}, dict(d, extra=True))
