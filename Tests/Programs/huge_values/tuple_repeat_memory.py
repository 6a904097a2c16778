# A tuple of 2**60 items: MemoryError.
print(len((1, 2) * 3))
t = (0,) * 2**60
print('not reached')
