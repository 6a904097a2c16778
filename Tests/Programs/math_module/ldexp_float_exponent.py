import math
print(math.ldexp(1.0, 2))
print(math.ldexp(1.0, 2.0))
