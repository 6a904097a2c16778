import math
print(math.pi, math.e, math.inf, -math.inf, math.nan)
print(math.sqrt(16), math.sqrt(2), math.sqrt(0.0), math.sqrt(1e100), math.sqrt(10 ** 40))
print(math.floor(3.7), math.floor(-3.7), math.ceil(3.2), math.ceil(-3.2), math.floor(5), math.ceil(-0.5))
print(math.trunc(3.9), math.trunc(-3.9), math.fabs(-3), math.fabs(2.5))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__, type(math.fabs(-1)).__name__)
print(math.floor(1e20), math.ceil(-1e20), math.floor(2 ** 100))
