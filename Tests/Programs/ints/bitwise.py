a = 0b1100
b = 0b1010
print(a & b, a | b, a ^ b, ~a, a << 2, a >> 2)
print(-12 & 10, -12 | 10, -12 ^ 10, -12 >> 1, -12 << 3)
print(-1 & 0xFF, -1 >> 100, 1 >> 100, -256 >> 4)
print(~0, ~-1, ~255)
print(5 & -5, 6 & -6, -7 | -9, -7 ^ -9)
print(1 << 0, 1 << 1, 1 << 62, 1 << 63, 1 << 64)
x = 0xF0F0
x &= 0xFF00
print(hex(x))
x |= 0x000F
print(hex(x))
x ^= 0xFFFF
print(hex(x))
x <<= 4
print(hex(x))
x >>= 8
print(hex(x))
