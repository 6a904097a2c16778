import math
print(math.exp(0), math.exp(1), math.exp(-1), math.exp(10))
print(math.log(1), math.log(math.e), math.log(100, 10), math.log(8, 2), math.log(2))
print(math.log2(8), math.log2(1024), math.log2(3), math.log10(1000), math.log10(2))
print(math.log(10 ** 100), math.log(2 ** 1000, 2), math.log10(10 ** 50))
print(math.pow(2, 10), math.pow(2, 0.5), math.pow(-8, 3), math.pow(0, 0))
print(math.log(125, 5), math.log(1000, 10))
