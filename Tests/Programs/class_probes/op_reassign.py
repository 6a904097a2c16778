class V:
    def __init__(self, x):
        self.x = x
    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x)
        if isinstance(o, int):
            return V(self.x + o)
        return NotImplemented
    def __repr__(self):
        return "V(%r)" % self.x

def loop(a, b, n):
    r = a
    for i in range(n):
        r = r + b
    return r

print(loop(V(0), V(1), 3000))
print(loop(V(0), 2, 3000))
V.__add__ = lambda self, o: V(self.x - (o.x if isinstance(o, V) else o))
print(loop(V(0), V(1), 3000))
print(loop(V(0), 2, 3000))
def sometimes(self, o):
    if isinstance(o, float):
        return NotImplemented
    return V(self.x + 1)
V.__add__ = sometimes
print(loop(V(0), 1, 3000))
try:
    print(loop(V(0), 1.5, 3))
except TypeError as e:
    print("TE", e)
class R:
    def __radd__(self, o):
        return "radd"
try:
    print(loop(V(0), R(), 3))
except TypeError as e:
    print("TE", e)
del V.__add__
try:
    loop(V(0), 1, 3)
except TypeError as e:
    print("TE", e)
