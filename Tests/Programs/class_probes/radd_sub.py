class A:
    def __init__(self, v): self.v = v
    def __add__(self, o): return "A.add"
    def __radd__(self, o): return "A.radd"
    def __sub__(self, o): return NotImplemented
    def __mul__(self, o): return "A.mul"
class B(A):
    def __radd__(self, o): return "B.radd"
class C(A):
    pass
class Dd(A):
    def __rsub__(self, o): return "D.rsub"
def go(xs, ys):
    out = {}
    for i in range(1200):
        x = xs[i % len(xs)]; y = ys[i % len(ys)]
        try:
            r = x + y
        except TypeError as e:
            r = "TE " + str(e)
        out[repr(r)] = out.get(repr(r), 0) + 1
    return sorted(out.items())
a, b, c, d = A(1), B(2), C(3), Dd(4)
print(go([a], [a]))
print(go([a], [b]))
print(go([a], [a, b]))
print(go([a, 1, 2.0], [b, 1]))
print(go([1, 2.5, "s", [1]], [a, b]))
print(go([c], [b, c, d]))
def sub(xs, ys):
    out = []
    for i in range(1000):
        try:
            out.append(xs[i % len(xs)] - ys[i % len(ys)])
        except TypeError as e:
            out.append(str(e))
    return sorted(set(out))
print(sub([a], [a]))
print(sub([a], [d]))
print(sub([d], [a, d, 1]))
print(sub([1, 2.0], [d, a]))
def mul(xs, ys):
    out = []
    for i in range(1000):
        try:
            out.append(xs[i % len(xs)] * ys[i % len(ys)])
        except TypeError as e:
            out.append(str(e))
    return sorted(set(out))
print(mul([a], [[1], (1,), "s", a]))
print(mul([[1], "s", 3], [a]))
