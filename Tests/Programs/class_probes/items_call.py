class Grid:
    def __init__(self): self.d = {}
    def __getitem__(self, k): return self.d.get(k, 0)
    def __setitem__(self, k, v): self.d[k] = v
    def __delitem__(self, k): del self.d[k]
    def __contains__(self, k): return k in self.d
    def __len__(self): return len(self.d)
g = Grid()
for i in range(3000):
    g[i % 10, i % 7] += 1
    g[i % 3] = g[i % 3] + i
print(len(g), g[0, 0], g[1], (2, 2) in g, (9, 9) in g)
del g[0]
print(0 in g, len(g))
try:
    del g["nope"]
except KeyError as e:
    print("KE", e)
class Sl:
    def __getitem__(self, k): return k
s = Sl()
print(s[1:2], s[::3], s[1:2, 3], s[...], s[-1])
class F:
    def __init__(self, k): self.k = k
    def __call__(self, x, y=1): return self.k * x + y
fs = [F(i) for i in range(5)]
t = 0
for i in range(4000):
    t += fs[i % 5](i) + fs[i % 5](i, y=2)
print(t)
F.__call__ = lambda self, x, y=0: -x
print(fs[1](5))
del F.__call__
try:
    fs[1](5)
except TypeError as e:
    print("TE", e)
class M:
    def method(self, a): return a
m = M()
bm = m.method
t = 0
for i in range(3000):
    t += bm(i) + M.method(m, i)
print(t)
class NoItems: pass
for op in ("get", "set"):
    try:
        n = NoItems()
        if op == "get": n[0]
        elif op == "set": n[0] = 1
        else: del n[0]
    except TypeError as e:
        print("TE", e)
