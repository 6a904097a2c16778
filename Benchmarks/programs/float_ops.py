# Float (after pyperformance's "float" benchmark, without classes): create
# many 3-d points from sin/cos, normalize each, then take the component-wise
# maximum. A point is a list [x, y, z]. Measures float arithmetic, math
# calls and the allocation of many small float-holding objects.
# Usage: float_ops.py [POINTS] [ROUNDS]   Prints the maximum point.
import sys
import math


def make_point(i):
    x = math.sin(i)
    y = math.cos(i) * 3
    return [x, y, (x * x) / 2]


def normalize(p):
    x = p[0]
    y = p[1]
    z = p[2]
    norm = math.sqrt(x * x + y * y + z * z)
    p[0] = x / norm
    p[1] = y / norm
    p[2] = z / norm


def maximize(points):
    best = points[0]
    bx = best[0]
    by = best[1]
    bz = best[2]
    for p in points:
        if p[0] > bx:
            bx = p[0]
        if p[1] > by:
            by = p[1]
        if p[2] > bz:
            bz = p[2]
    return [bx, by, bz]


def benchmark(n):
    points = [make_point(i) for i in range(n)]
    for p in points:
        normalize(p)
    return maximize(points)


n = 100000
rounds = 10
if len(sys.argv) > 1:
    n = int(sys.argv[1])
if len(sys.argv) > 2:
    rounds = int(sys.argv[2])
for _ in range(rounds):
    m = benchmark(n)
print("Point(%.9f, %.9f, %.9f)" % (m[0], m[1], m[2]))
