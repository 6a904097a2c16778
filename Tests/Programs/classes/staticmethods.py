# @staticmethod: called on the class and on instances, inherited, no self.
class MathUtil:
    factor = 3

    @staticmethod
    def double(x):
        return x * 2

    @staticmethod
    def join(*parts):
        return "-".join(parts)

    def triple_double(self, x):
        return MathUtil.double(x) * self.factor


class Sub(MathUtil):
    @staticmethod
    def double(x):
        return x * 20


print(MathUtil.double(4))
m = MathUtil()
print(m.double(5))
print(MathUtil.join("a", "b", "c"))
print(m.triple_double(2))
print(Sub.double(4), Sub().double(1))
print(Sub().triple_double(2))
f = MathUtil.double
print(f(21))
