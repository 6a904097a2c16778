# A shape hierarchy: an abstract-ish base with area() and perimeter(), subclasses
# overriding them, a property, a classmethod constructor and sorting by area.
import math


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return "%-9s area=%8.3f perimeter=%7.3f" % (self.name, self.area(), self.perimeter())


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)

    def perimeter(self):
        return 2.0 * (self.w + self.h)

    @property
    def is_square(self):
        return self.w == self.h


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"

    @classmethod
    def unit(cls):
        return cls(1)


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return float(sum(self.sides))

    def area(self):
        a, b, c = self.sides
        s = (a + b + c) / 2
        return math.sqrt(s * (s - a) * (s - b) * (s - c))


shapes = [Circle(1.5), Rectangle(2, 5), Square(3), Triangle(3, 4, 5), Square.unit(), Shape("point")]
for s in shapes:
    print(s.describe())
print("shapes made:", Shape.count)
by_area = sorted(shapes, key=lambda s: s.area())
print([s.name for s in by_area])
print([r.is_square for r in shapes if isinstance(r, Rectangle)])
print("total area %.4f" % sum([s.area() for s in shapes]))
largest = max(shapes, key=lambda s: s.perimeter())
print("largest perimeter:", largest.name, round(largest.perimeter(), 3))
