# list(range(2**62)) knows its length: MemoryError at once, not growth until killed.
print(list(range(3)))
x = list(range(2**62))
print('not reached')
