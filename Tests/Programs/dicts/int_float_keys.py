d = {}
d[1] = 'a'
d[1.0] = 'b'
d[2.5] = 'c'
d[True] = 'd'
d[0] = 'e'
d[False] = 'f'
d[-0.0] = 'g'
print(d)
print(d[1], d[0.0], len(d))
big = {2 ** 100: 'big', 10 ** 20: 'twenty'}
print(big[2 ** 100], big[10 ** 20], big.get(float(2 ** 100)))
