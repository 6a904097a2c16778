d = {'a': 1, 'b': 2, 'c': 3}
print(d.popitem(), d)
print(dict.fromkeys(['x', 'y'], 0), dict.fromkeys('ab'))
