# x *= 2**62 on a one-item list: MemoryError.
x = [1]
x *= 3
print(x)
x *= 2**62
print('not reached')
