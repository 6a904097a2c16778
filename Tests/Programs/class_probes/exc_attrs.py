class E1(Exception):
    def __init__(self, c): super().__init__("e1"); self.c = c
class E2(Exception):
    def __init__(self, c): self.c = c; self.d = 1
    @property
    def cc(self): return self.c * 2
errs = [E1(1), E2(2), ValueError("v")]
t = 0
for i in range(3000):
    e = errs[i % 3]
    t += getattr(e, "c", 0)
    if isinstance(e, E2):
        t += e.cc + e.d
        e.d += 1
print(t, errs[1].d)
del errs[1].d
try:
    errs[1].d
except AttributeError as e:
    print("AE", e)
errs[2].extra = 5
print(errs[2].extra, errs[2].args, str(errs[1]), repr(errs[1]), errs[0].args)
E1.c = property(lambda self: "prop")
print(errs[0].c)
