import math
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(17), math.isqrt(10 ** 40), math.isqrt(2 ** 101))
print(math.gcd(12, 18), math.gcd(0, 5), math.gcd(-12, 18), math.gcd(0, 0), math.gcd(2 ** 100, 6 ** 50))
print(math.factorial(0), math.factorial(1), math.factorial(10), math.factorial(25))
print(len(str(math.factorial(200))))
print(math.gcd(17, 5), math.gcd(48, 180))
