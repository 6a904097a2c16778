k = {1: 2, 3: 4}.keys()
print(k & [3])
print(k | 5)
