# Unary dunders: __neg__, __pos__, __invert__, __abs__.
class Signed:
    def __init__(self, v):
        self.v = v

    def __neg__(self):
        return Signed(-self.v)

    def __pos__(self):
        return "pos of %d" % self.v

    def __invert__(self):
        return Signed(~self.v)

    def __abs__(self):
        return abs(self.v)

    def __repr__(self):
        return "Signed(%d)" % self.v


s = Signed(5)
print(-s, +s, ~s, abs(s))
print(--s, -(-(-s)), ~~s)
print(abs(Signed(-12)), abs(-Signed(3)))
values = [Signed(i) for i in range(-2, 3)]
print([-v for v in values])
print([abs(v) for v in values])
