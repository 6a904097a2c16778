class G:
    def __init__(self): self.real = 1
    def __getattr__(self, name):
        if name.startswith("z"):
            raise AttributeError(name)
        return name * 2
g = G()
r = []
for i in range(3000):
    r.append(g.real)
    r.append(g.ab)
    if i == 1500:
        g.ab = "set"
    if i == 2000:
        del g.ab
print(r.count(1), r.count("abab"), r.count("set"))
try:
    g.zed
except AttributeError as e:
    print("AE", e)
print(getattr(g, "zz", "dflt"), hasattr(g, "zq"), hasattr(g, "q"))
class H:
    pass
h = H()
def rd(h):
    return h.foo
for i in range(2000):
    try:
        rd(h)
    except AttributeError as e:
        msg = str(e)
print(msg)
H.__getattr__ = lambda self, n: "late " + n
print(rd(h))
del H.__getattr__
try:
    rd(h)
except AttributeError as e:
    print(e)
