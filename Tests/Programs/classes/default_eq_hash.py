# Without __eq__/__hash__, instances compare and hash by identity.
class Key:
    def __init__(self, v):
        self.v = v


a = Key(1)
b = Key(1)
c = a
print(a == b, a == c, a != b, a != c)
print(a is c, a is b)
print(hash(a) == hash(c), hash(a) == hash(a))
d = {a: "first", b: "second"}
print(len(d), d[a], d[b], d[c])
d[c] = "replaced"
print(len(d), d[a])
items = [a, b]
print(a in items, Key(1) in items, items.index(b))
print(items.count(a))
print(a == 1, a != "x")
