f = frozenset([1])
print(f)
f.add(2)
