import math
print(math.comb(10, 3), math.comb(3, 5), math.comb(0, 0), math.comb(10**20, 3), math.comb(True, 1))
print(math.comb(100, 50), math.comb(2**70, 2), math.comb(60, 60), math.comb(10**6, 10**6 - 2))
print(math.lcm(), math.lcm(7), math.lcm(4, 6, -8), math.lcm(0, 5), math.lcm(2**70, 3), math.lcm(-3))
print(math.ldexp(1.5, 3), math.ldexp(1.0, -10**30), math.ldexp(5e-324, -1), math.ldexp(-0.0, 5))
print(math.ldexp(3, -1), math.ldexp(1.0, 1023), math.ldexp(0.5, -1073), math.ldexp(float('inf'), -5))
