class Proxy:
    def __init__(self, target): self._t = target
    def __getattr__(self, name): return getattr(self._t, name)
p = Proxy([3, 1, 2])
t = 0
for i in range(1500):
    p.append(i)
    t += p.count(i) + len(p._t)
    if i == 700:
        Proxy.append = lambda self, x: self._t.insert(0, -x)
    if i == 1000:
        p.count = lambda x: 5
    if i == 1200:
        del p.count
print(t, p._t[:4], p.index(3))
class Lazy:
    def __getattr__(self, name):
        v = len(name)
        setattr(self, name, v)
        return v
z = Lazy()
print(sum(z.abc + z.de + getattr(z, "xyzw") for _ in range(2000)), sorted(vars(z)))
