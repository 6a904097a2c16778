s = {frozenset([1])}
print(len(s))
s.add({1})
