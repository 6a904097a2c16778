# Float (pyperformance's bm_float with its Point class; float_ops.py is the
# class-free version): create many 3-d points from sin/cos, normalize each in
# place, then fold them with maximize(). Measures instance creation, float
# attribute reads and in-place float updates (self.x /= norm), method calls
# and math calls. The one difference from pyperformance: Point has no
# __slots__.
# Usage: float_class.py [POINTS] [ROUNDS]   Prints the maximum point.
import sys
from math import sin, cos, sqrt


class Point:
    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return "<Point: x=%s, y=%s, z=%s>" % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    next = points[0]
    for p in points[1:]:
        next = next.maximize(p)
    return next


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    return maximize(points)


n = 100000
rounds = 6
if len(sys.argv) > 1:
    n = int(sys.argv[1])
if len(sys.argv) > 2:
    rounds = int(sys.argv[2])
for _ in range(rounds):
    m = benchmark(n)
print(m)
