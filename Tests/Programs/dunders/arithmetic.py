# Binary arithmetic dunders: + - * / // % ** on a user class, mixed with ints.
class Num:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return Num(self.v + (o.v if isinstance(o, Num) else o))

    def __sub__(self, o):
        return Num(self.v - (o.v if isinstance(o, Num) else o))

    def __mul__(self, o):
        return Num(self.v * (o.v if isinstance(o, Num) else o))

    def __truediv__(self, o):
        return Num(self.v / (o.v if isinstance(o, Num) else o))

    def __floordiv__(self, o):
        return Num(self.v // (o.v if isinstance(o, Num) else o))

    def __mod__(self, o):
        return Num(self.v % (o.v if isinstance(o, Num) else o))

    def __pow__(self, o):
        return Num(self.v ** (o.v if isinstance(o, Num) else o))

    def __repr__(self):
        return "Num(%r)" % (self.v,)


a = Num(17)
b = Num(5)
print(a + b, a - b, a * b)
print(a / b, a // b, a % b, a ** b)
print(a + 1, a - 1, a * 2, a / 2, a // 2, a % 3, a ** 2)
print((a + b) * (a - b))
print(a + b + 1 + Num(100))
print(Num(-7) // 2, Num(-7) % 3, Num(2) ** -1)
total = Num(0)
for i in range(5):
    total = total + i
print(total)
