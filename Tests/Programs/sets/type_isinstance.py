s = {1}
f = frozenset()
print(type(s), type(f), type(s) is set, type(f) is frozenset)
print(isinstance(s, set), isinstance(f, frozenset), isinstance(s, frozenset), isinstance(f, set))
print(isinstance(s, (list, set)), set, frozenset)
print(type({x for x in []}))
print(type(iter(s)))
