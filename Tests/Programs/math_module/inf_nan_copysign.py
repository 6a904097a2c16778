import math
print(math.isinf(math.inf), math.isinf(1e308), math.isnan(math.nan), math.isnan(0.0))
print(math.copysign(3, -0.0), math.copysign(-2.5, 1), math.copysign(0.0, -1), math.copysign(math.inf, -1))
print(math.inf > 10 ** 400, math.inf == float('inf'), math.isinf(-math.inf))
print(math.floor(-0.0), math.fabs(-0.0), math.sqrt(-0.0))
print(math.trunc(1e300) == 10 ** 300, math.trunc(-2.5), math.isinf(-1e308 * 10))
