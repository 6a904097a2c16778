# != defaults to the inverse of __eq__ when __ne__ is not defined; == without
# __eq__ is identity.
class E:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        print("eq", self.v, o.v)
        return self.v == o.v

    __hash__ = None


a = E(1)
b = E(1)
c = E(2)
print(a != b)
print(a != c)
print(not (a == c))


class NoEq:
    pass


x = NoEq()
print(x != x, x != NoEq(), x == x)


class EqNotImpl:
    def __eq__(self, o):
        return NotImplemented


p = EqNotImpl()
print(p == p, p != p, p == EqNotImpl(), p != EqNotImpl(), p == 3)
