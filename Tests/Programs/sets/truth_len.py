s = set()
print(bool(s), len(s), not s)
if not s:
    print("empty")
s.add(0)
print(bool(s), len(s))
if s:
    print("non-empty")
print(bool(frozenset()), bool(frozenset([None])))
while s:
    s.pop()
print(len(s))
