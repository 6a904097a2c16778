a = [1, 2.0, '3', None, True, (4,), [5], {'6': 6}, range(7), -0.0, 1e100, 'q"uote', "s'ingle"]
print(a)
print(str(a) == repr(a))
b = [[[]], [[], []]]
print(b, len(b), len(b[1]))
print([(), (1,), (1, 2)], [[], {}, ''])
print(repr([' ', '\n', '\\']))
