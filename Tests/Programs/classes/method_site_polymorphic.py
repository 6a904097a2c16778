# One method-call site (shape.area()) sees bound methods of several classes,
# an instance attribute holding a plain function, a staticmethod and a
# classmethod under the same name.
class Sq:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s


class Rect(Sq):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.s * self.h


class Unit:
    @staticmethod
    def area():
        return 1


class Scaled:
    factor = 10

    @classmethod
    def area(cls):
        return cls.factor


class Custom:
    def __init__(self):
        self.area = lambda: 42


def total_area(shapes):
    t = 0
    for shape in shapes:
        t += shape.area()
    return t


shapes = [Sq(2), Rect(2, 3), Unit(), Scaled(), Custom(), Sq(5)]
print([s.area() for s in shapes])
grand = 0
for _ in range(300):
    grand += total_area(shapes)
print(grand)
Scaled.factor = 1000
print(total_area(shapes))
