a = 2 ** 100 + 12345
b = 2 ** 90 - 1
print(a & b, a | b, a ^ b)
print(~a, -a & b, -a | b, -a ^ b)
print(-a & -b, -a | -b, -a ^ -b)
print(a >> 50, a >> 100, a >> 1000, -a >> 50, -a >> 1000)
print(1 << 200, -1 << 200, a << 7)
print(hex(a), hex(-a), bin(b), oct(a))
