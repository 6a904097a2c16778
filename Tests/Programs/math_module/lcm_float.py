import math
print(math.lcm(4, 6))
print(math.lcm(4, 2.0))
