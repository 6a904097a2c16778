d = {'a': 1, 'b': 2}
d['c'] = 3
d['a'] = 100
print(d, len(d), d['b'])
del d['b']
print(d)
d['b'] = 'back'
print(d)
print('a' in d, 'z' in d, 1 in d, 'z' not in d)
print(dict(), dict(x=1, y=2), dict([('k', 'v'), ('k2', 'v2')]), dict({'m': 1}, n=2))
e = {1: 'int', 1.0: 'float', True: 'bool'}
print(e)
f = {(1, 2): 'tuple key', None: 'none key', -1: 'neg'}
print(f[(1, 2)], f[None], f[-1])
print({'x': 1} == {'x': 1}, {'a': 1, 'b': 2} == {'b': 2, 'a': 1})
