# Properties are inherited and can be overridden by subclasses.
class Shape:
    def __init__(self, w, h):
        self.w = w
        self.h = h

    @property
    def area(self):
        return self.w * self.h

    @property
    def name(self):
        return "shape"

    def describe(self):
        return self.name + " with area " + str(self.area)


class Triangle(Shape):
    @property
    def area(self):
        return self.w * self.h / 2

    @property
    def name(self):
        return "triangle"


print(Shape(3, 4).describe())
print(Triangle(3, 4).describe())
t = Triangle(10, 5)
t.w = 2
print(t.area)
