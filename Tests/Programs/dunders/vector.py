# A 2-d vector class with operators: + - * (scalar and dot), unary -, abs,
# ==, bool, len, indexing, __iter__ (over a list), repr and str; used in a small
# simulation.
import math


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vector(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vector(self.x - o.x, self.y - o.y)

    def __mul__(self, o):
        if isinstance(o, Vector):
            return self.x * o.x + self.y * o.y
        return Vector(self.x * o, self.y * o)

    def __rmul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __truediv__(self, k):
        return Vector(self.x / k, self.y / k)

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vector) and self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def __len__(self):
        return 2

    def __getitem__(self, i):
        if i == 0 or i == -2:
            return self.x
        return self.y

    def __iter__(self):
        return iter([self.x, self.y])

    def __repr__(self):
        return "Vector(%r, %r)" % (self.x, self.y)

    def __str__(self):
        return "(%g, %g)" % (self.x, self.y)


a = Vector(3, 4)
b = Vector(1, -2)
print(a + b, a - b, a * 2, 3 * b, a * b, -a)
print(abs(a), a / 2, repr(a / 4))
print(a == Vector(3, 4), a != b, a == (3, 4), bool(Vector(0, 0)), bool(b))
print(len(a), a[0], a[1], a[-1], list(a), tuple(b))
x, y = a
print(x, y)
print({a: "a", Vector(3, 4): "same"})
pos = Vector(0.0, 10.0)
vel = Vector(2.0, 0.0)
g = Vector(0.0, -9.8)
dt = 0.1
steps = 0
while pos.y > 0:
    vel = vel + g * dt
    pos = pos + vel * dt
    steps += 1
print(steps, pos, round(abs(vel), 6))
path = [Vector(i, i * i) for i in range(5)]
total = Vector(0, 0)
for p in path:
    total += p
print(total, sum([p * p for p in path]))
print(sorted(path, key=abs)[-1], max(path, key=lambda v: v.y))
