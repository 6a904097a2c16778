# In-place dunders (__iadd__ and friends) mutate and return self; the name is
# rebound to whatever they return.
class Acc:
    def __init__(self, v):
        self.v = v
        self.ops = []

    def __iadd__(self, o):
        self.v += o
        self.ops.append("+=")
        return self

    def __isub__(self, o):
        self.v -= o
        self.ops.append("-=")
        return self

    def __imul__(self, o):
        self.v *= o
        self.ops.append("*=")
        return self

    def __itruediv__(self, o):
        self.v /= o
        self.ops.append("/=")
        return self

    def __ifloordiv__(self, o):
        self.v //= o
        self.ops.append("//=")
        return self

    def __imod__(self, o):
        self.v %= o
        self.ops.append("%=")
        return self

    def __ipow__(self, o):
        self.v **= o
        self.ops.append("**=")
        return self

    def __ilshift__(self, o):
        self.v <<= o
        self.ops.append("<<=")
        return self

    def __irshift__(self, o):
        self.v >>= o
        self.ops.append(">>=")
        return self

    def __iand__(self, o):
        self.v &= o
        self.ops.append("&=")
        return self

    def __ior__(self, o):
        self.v |= o
        self.ops.append("|=")
        return self

    def __ixor__(self, o):
        self.v ^= o
        self.ops.append("^=")
        return self


a = Acc(10)
alias = a
a += 5
a -= 3
a *= 4
a //= 5
a %= 7
a **= 3
a <<= 4
a >>= 2
a &= 0xFF
a |= 0x100
a ^= 0x3
print(a.v, a is alias, a.ops)
a /= 4
print(a.v)


class Weird:
    def __iadd__(self, o):
        return "replaced by " + str(o)


w = Weird()
w += 1
print(w)
items = [Acc(1), Acc(2)]
items[0] += 10
print(items[0].v, items[0].ops)
holder = Acc(0)
holder.inner = Acc(100)
holder.inner -= 1
print(holder.inner.v)
