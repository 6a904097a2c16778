# An operator site that sees instances calls the method their class defines, looked up once per
# class; reassigning the method on the class is seen at once (the site adds a case).
class V:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        if isinstance(other, V):
            return V(self.x + other.x)
        if isinstance(other, int):
            return V(self.x + other)
        return NotImplemented

    def __repr__(self):
        return "V(%d)" % self.x


def add(a, b):
    return a + b


total = V(0)
for i in range(300):
    total = add(total, V(i))
print(total)
V.__add__ = lambda self, other: V(-1)
print(add(V(1), V(2)), add(total, 5))
print(add(2, 3))
# statcheck: 19:12 + state=polymorphic transitions=0,1,P misses.type=4 hitrate>=98
