class K:
    def __init__(self, k): self.k = k
    def __eq__(self, o): return isinstance(o, K) and self.k == o.k
    def __hash__(self): return hash(self.k)
    def __repr__(self): return "K(%d)" % self.k
d = {}
s = set()
for i in range(3000):
    k = K(i % 50)
    d[k] = d.get(k, 0) + 1
    s.add(k)
print(len(d), len(s), d[K(3)], K(7) in s, K(99) in s)
print(sorted(s, key=lambda k: k.k)[:3])
class NoHash:
    def __eq__(self, o): return True
try:
    {NoHash(): 1}
except TypeError as e:
    print("TE", e)
try:
    set([NoHash()])
except TypeError as e:
    print("TE", e)
print(NoHash.__hash__)
class Sub(K):
    pass
print(Sub(3) in s, hash(Sub(3)) == hash(K(3)))
class SubEq(K):
    def __eq__(self, o): return False
try:
    print(hash(SubEq(1)))
except TypeError as e:
    print("TE", e)
class BadHash:
    def __hash__(self): return "x"
try:
    hash(BadHash())
except TypeError as e:
    print("TE", e)
class BigHash:
    def __hash__(self): return 2**70
print(hash(BigHash()) == hash(2**70))
class HEq:
    def __init__(self, v): self.v = v
    def __hash__(self): return 1
    def __eq__(self, o):
        return self.v == o.v
hs = {HEq(i) for i in range(100)}
print(len(hs))
print(K(1) == K(1), K(1) != K(1), K(1) == 1, [K(1)] == [K(1)], (K(2),) in [(K(2),)])
print([K(1), K(2)].index(K(2)), [K(1), K(2), K(1)].count(K(1)))
d2 = {K(1): "a"}
d2[K(1)] = "b"
print(d2)
