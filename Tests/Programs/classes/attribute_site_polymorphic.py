# One attribute-reading site (in get_x) sees instances of many classes, with the
# attribute stored at different positions, inherited from a class, or computed by
# a property; run long enough for a JIT's inline cache to go poly- and megamorphic.
class A:
    def __init__(self):
        self.x = 1


class B:
    def __init__(self):
        self.pad = 0
        self.x = 2


class C:
    x = 3


class D(C):
    pass


class E:
    @property
    def x(self):
        return 5


class F(A):
    def __init__(self):
        self.y = 0
        super().__init__()
        self.x = self.x * 6


class G:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3
        self.x = 7


def get_x(o):
    return o.x


objs = [A(), B(), C(), D(), E(), F(), G()]
total = 0
for i in range(2000):
    total += get_x(objs[i % len(objs)])
print(total)
print([get_x(o) for o in objs])
objs[2].x = 30
C.x = 300
print([get_x(o) for o in objs])
