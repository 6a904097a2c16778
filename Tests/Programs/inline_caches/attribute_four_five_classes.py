# An attribute site that sees four classes is polymorphic; one that sees five is megamorphic.
class A:
    def __init__(self):
        self.v = 1


class B(A):
    pass


class C(A):
    pass


class D(A):
    pass


class E(A):
    pass


def four(objects):
    total = 0
    for o in objects:
        total += o.v
    return total


def five(objects):
    total = 0
    for o in objects:
        total += o.v
    return total


print(four([A(), B(), C(), D()] * 100))
print(five([A(), B(), C(), D(), E()] * 100))
# statcheck: 26:18 . state=polymorphic transitions=0,1,P misses.type=4
# statcheck: 33:18 . state=megamorphic transitions=0,1,P,N misses.type=5
