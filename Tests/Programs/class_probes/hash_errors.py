class K:
    def __init__(self, v): self.v = v
    def __hash__(self):
        if self.v < 0: raise ValueError("neg hash")
        return self.v % 3
    def __eq__(self, o):
        if isinstance(o, K) and o.v == 99: raise KeyError("eq99")
        return isinstance(o, K) and self.v == o.v
d = {K(i): i for i in range(10)}
s = {K(i) for i in range(10)}
errs = {}
for i in range(1500):
    k = K((i % 13) - 2 if i % 5 else 99)
    try:
        r = (d.get(k), k in s, d[k] if k in d else None)
    except Exception as e:
        errs[type(e).__name__ + str(e)] = errs.get(type(e).__name__ + str(e), 0) + 1
print(sorted(errs.items()))
try:
    d[K(-1)] = 1
except ValueError as e:
    print("VE", e)
try:
    s.discard(K(-5))
except ValueError as e:
    print("VE", e)
print(len(d), len(s), sorted(x.v for x in s)[:4])
