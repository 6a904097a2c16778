import math
def dist(p, q):
    return math.sqrt((p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2)
pts = [(0, 0), (3, 4), (-1, 2), (6, -8)]
for p in pts:
    print(p, dist((0, 0), p), math.hypot(p[0], p[1]), round(math.atan2(p[1], p[0]) * 180 / math.pi, 6))
area = 0.0
poly = [(0, 0), (4, 0), (4, 3), (0, 3)]
for i in range(len(poly)):
    x1, y1 = poly[i]
    x2, y2 = poly[(i + 1) % len(poly)]
    area += x1 * y2 - x2 * y1
print(abs(area) / 2)
print(math.pi * 2 ** 2, 2 * math.pi * 10)
