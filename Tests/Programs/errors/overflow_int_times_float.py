big = 2 ** 1024
print(big * 1)
print(big * 1.0)
