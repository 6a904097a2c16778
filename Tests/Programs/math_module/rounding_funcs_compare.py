import math
for x in (2.5, -2.5, 3.5, -0.5, 0.49999999999999994, 1e16 + 1, -7.9):
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), int(x))
print(math.floor(-0.0), math.ceil(-0.4), round(-0.4), round(0.6))
