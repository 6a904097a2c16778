import sys
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1, sys.maxsize + 1)
print(type(sys.maxsize).__name__, -sys.maxsize - 1)
