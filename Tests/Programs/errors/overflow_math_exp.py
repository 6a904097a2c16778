import math
print(math.exp(700) > 0)
print(math.exp(1000))
