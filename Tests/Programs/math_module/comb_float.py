import math
print(math.comb(5, 2))
print(math.comb(5.0, 2))
