class N:
    def __init__(self, v): self.v = v
    def __add__(self, o): return N(self.v + (o.v if isinstance(o, N) else o))
    def __repr__(self): return "N(%r)" % self.v
class M(N):
    def __iadd__(self, o):
        self.v += 100 if not isinstance(o, N) else o.v * 100
        return self
class Z(N):
    def __iadd__(self, o):
        return NotImplemented
def loop(x, y, n):
    for i in range(n):
        x += y
    return x
print(loop(N(0), 1, 3000), loop(M(0), 1, 3000), loop(Z(0), 1, 3000))
print(loop(N(0), N(2), 3000), loop(M(0), N(2), 3000))
xs = [N(0), M(0), Z(0), 0, 0.5]
for i in range(3000):
    xs[i % 5] += 1
print(xs)
M.__iadd__ = lambda self, o: "replaced"
print(loop(M(0), 1, 1))
try:
    loop(M(0), 1, 2)
except TypeError as e:
    print("TE", e)
del M.__iadd__
print(loop(M(0), 1, 3000))
class L:
    def __init__(self): self.items = []
    def __ior__(self, o): self.items.append(o); return self
    def __or__(self, o): return "or"
l = L()
for i in range(2000): l |= i
print(len(l.items), l | 1)
class Acc:
    def __init__(self): self.t = 0
a = Acc()
for i in range(3000):
    a.t += i
    a.t -= 1
    a.t *= 1
print(a.t)
class Holder:
    def __init__(self): self.n = N(0)
h = Holder()
for i in range(2000):
    h.n += 2
print(h.n)
lst = [N(1)]
for i in range(2000):
    lst[0] += 1
print(lst)
