class Lt:
    def __init__(self, v): self.v = v
    def __lt__(self, o): return self.v < o.v
    def __repr__(self): return "Lt(%d)" % self.v
class Gt:
    def __init__(self, v): self.v = v
    def __gt__(self, o): return self.v > o.v
    def __repr__(self): return "Gt(%d)" % self.v
xs = [Lt((i * 7919) % 101) for i in range(300)]
print(sorted(xs)[:3], max(xs), min(xs), sorted(xs, reverse=True)[:2])
gs = [Gt((i * 31) % 17) for i in range(50)]
print(sorted(gs)[:3], max(gs), min(gs))
print(Lt(1) > Lt(0), Gt(1) < Gt(2))
try:
    Lt(1) <= Lt(2)
except TypeError as e:
    print("TE", e)
class Ord:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, Ord) and self.v == o.v
    def __lt__(self, o): return self.v < o.v
    def __le__(self, o): return self.v <= o.v
    def __hash__(self): return hash(self.v)
print(Ord(1) in [Ord(0), Ord(1)], [Ord(2), Ord(1)].index(Ord(1)), Ord(1) != Ord(1), Ord(1) >= Ord(0))
print([(a.v, b.v) for a, b in sorted([(Ord(2), Ord(0)), (Ord(1), Ord(5)), (Ord(1), Ord(3))])])
class Cont:
    def __contains__(self, x): return x == 3
class ItOnly:
    def __iter__(self): return iter([1, 2])
class GIonly:
    def __getitem__(self, i):
        if i > 3: raise IndexError
        return i
print(3 in Cont(), 4 in Cont(), 2 in ItOnly(), 5 in ItOnly(), 3 in GIonly(), 9 in GIonly(), 3 not in Cont())
class CmpMix:
    def __eq__(self, o): return "eq!"
print(CmpMix() == 1, 1 == CmpMix(), CmpMix() != 1, [CmpMix()] == [1], CmpMix() in [1])
t = 0
objs = [Lt(i) for i in range(10)]
for i in range(3000):
    if objs[i % 10] < objs[(i + 3) % 10]:
        t += 1
print(t)
print(sorted([Lt(3), Lt(1)], key=lambda o: -o.v), sorted("cab", key=lambda c: Lt(ord(c))))
