s = {1, 2, 3}
alias = s
s |= {10, 11}
print(s, alias is s)
s &= {1, 2, 10, 99}
print(s, alias is s)
s -= {2}
print(s, alias is s)
s ^= {1, 5}
print(s, alias is s)
f = frozenset([1, 2])
g = f
f |= {3}
print(f, g, f is g)
f &= {1, 3}
print(f, type(f))
f -= {1}
print(f)
f ^= {7}
print(f)
