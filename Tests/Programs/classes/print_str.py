# print() and str() call __str__; repr() calls __repr__.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __str__(self):
        return "$%d.%02d" % (self.cents // 100, self.cents % 100)

    def __repr__(self):
        return "Money(" + str(self.cents) + ")"


m = Money(1234)
print(m)
print(str(m), repr(m))
print(m, Money(5), sep=" | ")
print("total:", m)
print([m, Money(7)])
print((m,))
print({"a": m})
s = str(Money(100000))
print(s, len(s))
