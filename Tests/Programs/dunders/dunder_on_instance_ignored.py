# Operators look dunders up on the type, not the instance: an __add__ stored on
# an instance is not used by +, but one set on the class later is.
class Box:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return "Box(%r)" % self.v


b = Box(1)
b.__repr__ = lambda: "instance repr"
print(repr(b), b.__repr__())
Box.__add__ = lambda self, o: Box(self.v + o.v)
print(b + Box(2))
Box.__repr__ = lambda self: "new repr %r" % self.v
print(repr(b), [Box(3)])
Box.__len__ = lambda self: 42
print(len(b))
