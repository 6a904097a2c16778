# A class with only __repr__: str(), print() and f-strings use it.
class Only:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return "Only<" + str(self.n) + ">"


class Sub(Only):
    pass


class WithStr(Only):
    def __str__(self):
        return "str of " + repr(self)


o = Only(1)
print(o)
print(str(o), repr(o))
print(f"{o} {o!r}", "%s" % o)
print(Sub(2), [Sub(3)])
print(WithStr(4), repr(WithStr(5)), [WithStr(6)])
