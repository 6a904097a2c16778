# Shifts by counts past the small-int range: zero shifted stays zero, right shifts end in 0 or -1.
print(0 << 2**62, 0 << 2**100, 0 << (2**62 - 1), False << 2**100, 0 << True)
print(0 >> 2**70, 1 >> 2**70, -1 >> 2**70, 1 >> 2**62, -5 >> 2**62)
print((2**70) >> 2**70, (-2**70) >> 2**70, (2**70) >> 2**62, (-2**70) >> 2**62)
x = 0
x <<= 2**64
y = -7
y >>= 2**64
print(x, y)
