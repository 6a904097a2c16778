# `==` and `!=` on instances whose classes define neither __eq__ nor __ne__ compare identity in
# machine code, guarded on both classes and the class epoch; a class with __eq__, or one gaining it,
# goes through the protocol.
# statcheck: 20:12 == state=polymorphic misses.type=3 hits>=1200
# statcheck: 22:12 != state=polymorphic misses.type=3 hits>=1200
class P:
    def __init__(self, v):
        self.v = v
class Q(P):
    pass
class E(P):
    def __eq__(self, other):
        return isinstance(other, P) and self.v == other.v
a, b, c = P(1), P(1), Q(1)
items = [a, b, c, a, E(1), Q(2)]
def count(xs, target):
    n = 0
    m = 0
    for x in xs:
        if x == target:
            n += 1
        if x != target:
            m += 1
        r = (x == target, x != target)
        if r[0] == r[1]:
            print("broken")
    return n, m
for t in [a, b, c, E(1)]:
    print(count(items * 50, t))
P.__eq__ = lambda self, other: True
print(count(items, a))
del P.__eq__
print(count(items, a))
