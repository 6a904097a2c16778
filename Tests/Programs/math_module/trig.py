import math
print(math.sin(0), math.cos(0), math.tan(0))
print(math.sin(math.pi / 2), math.cos(math.pi), math.sin(math.pi))
print(math.sin(1), math.cos(1), math.tan(1))
print(math.atan2(1, 1), math.atan2(-1, -1), math.atan2(0, -1), math.atan2(1, 0))
print(math.atan2(0.0, -0.0), math.atan2(-0.0, -1))
print(round(math.sin(math.pi / 6), 12), round(math.cos(math.pi / 3), 12))
print(math.hypot(3, 4), math.hypot(5, 12), math.hypot(1, 1), math.hypot(3, 4, 12))
