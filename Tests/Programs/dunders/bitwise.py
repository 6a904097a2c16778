# Bitwise and shift dunders: << >> & | ^, each returning a new object.
class Bits:
    def __init__(self, v):
        self.v = v

    def __lshift__(self, n):
        return Bits(self.v << n)

    def __rshift__(self, n):
        return Bits(self.v >> n)

    def __and__(self, o):
        return Bits(self.v & o.v)

    def __or__(self, o):
        return Bits(self.v | o.v)

    def __xor__(self, o):
        return Bits(self.v ^ o.v)

    def __repr__(self):
        return "Bits(0b%s)" % bin(self.v)[2:]


x = Bits(0b1100)
y = Bits(0b1010)
print(x & y, x | y, x ^ y)
print(x << 2, x >> 2, x << 70 >> 68)
print((x | y) & Bits(0b0110))
print(x ^ x)
