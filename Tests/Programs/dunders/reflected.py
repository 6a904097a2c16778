# Reflected dunders: int + obj tries int's __add__ (NotImplemented) then obj.__radd__.
class R:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        return "radd(%r, %r)" % (o, self.v)

    def __rsub__(self, o):
        return "rsub(%r, %r)" % (o, self.v)

    def __rmul__(self, o):
        return "rmul(%r, %r)" % (o, self.v)

    def __rtruediv__(self, o):
        return "rtruediv(%r, %r)" % (o, self.v)

    def __rfloordiv__(self, o):
        return "rfloordiv(%r, %r)" % (o, self.v)

    def __rmod__(self, o):
        return "rmod(%r, %r)" % (o, self.v)

    def __rpow__(self, o):
        return "rpow(%r, %r)" % (o, self.v)

    def __rlshift__(self, o):
        return "rlshift(%r, %r)" % (o, self.v)

    def __rrshift__(self, o):
        return "rrshift(%r, %r)" % (o, self.v)

    def __rand__(self, o):
        return "rand(%r, %r)" % (o, self.v)

    def __ror__(self, o):
        return "ror(%r, %r)" % (o, self.v)

    def __rxor__(self, o):
        return "rxor(%r, %r)" % (o, self.v)


r = R(9)
print(1 + r)
print(2.5 - r)
print(3 * r)
print(1 / r, 7 // r, 8 % r, 2 ** r)
print(1 << r, 1 >> r, 6 & r, 6 | r, 6 ^ r)
print("x" + r, [1, 2] * r)
print(True + r, 10 - r)
