# A shift count past 64 bits that is still under 2**61 digits: MemoryError.
print(3 << 70)
x = 1 << 2**64
print('not reached')
