class L:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
class B:
    def __init__(self, b): self.b = b
    def __bool__(self): return self.b
class Both:
    def __len__(self): return 0
    def __bool__(self): return True
class Neither:
    pass
c = 0
objs = [L(0), L(3), B(False), B(True), Both(), Neither()]
for i in range(6000):
    o = objs[i % 6]
    if o: c += 1
    if not o: c += 100
    c += 1000 if (o and True) else 0
print(c)
l = L(5)
n = 0
while l:
    l.n -= 1; n += 1
print(n, len(L(7)), bool(L(0)), bool(B(True)))
for bad in (L(-1), L("x")):
    try:
        len(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    bool(L(-1))
except ValueError as e:
    print("VE", e)
class BB:
    def __bool__(self): return 1
try:
    if BB(): pass
except TypeError as e:
    print("TE", e)
B.__bool__ = lambda self: False
print([bool(x) for x in objs])
del B.__bool__
print([bool(x) for x in objs])
class LB(L):
    __bool__ = None
try:
    bool(LB(1))
except TypeError as e:
    print("TE", e)
print(L(2) and "y", L(0) or "z")
