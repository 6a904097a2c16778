d = {frozenset([1, 2]): "a", frozenset(): "empty"}
print(d[frozenset([2, 1])], d[frozenset()])
d[frozenset({3})] = "c"
print(len(d), frozenset([3]) in d)
s = {frozenset([1]), frozenset([1]), frozenset([2, 3])}
print(len(s))
print({frozenset(): 1} == {frozenset(): 1})
nested = frozenset([frozenset([1, 2]), frozenset([3])])
print(frozenset([1, 2]) in nested, len(nested))
groups = {}
for word in ["ab", "ba", "cd", "dc", "ab"]:
    groups.setdefault(frozenset(word), []).append(word)
print(sorted(sorted(v) for v in groups.values()))
