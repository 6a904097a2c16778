# A class defined inside a class body and inside a function.
class Outer:
    class Inner:
        def __init__(self, v):
            self.v = v

        def show(self):
            return "Inner(" + str(self.v) + ")"

    def make(self, v):
        return Outer.Inner(v)


o = Outer()
i = o.make(3)
print(i.show(), type(i).__name__)
print(Outer.Inner(4).show())


def factory(base):
    class Made:
        offset = base

        def add(self, x):
            return x + self.offset

    return Made


M10 = factory(10)
M20 = factory(20)
print(M10().add(1), M20().add(1))
print(M10 is M20, M10.__name__)
