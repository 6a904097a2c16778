# The same method name called on objects of unrelated classes (duck typing) and
# of a class hierarchy, at one call site.
class Circle:
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3 * self.r * self.r

    def name(self):
        return "circle"


class Square:
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

    def name(self):
        return "square"


class Rect(Square):
    def __init__(self, w, h):
        super().__init__(w)
        self.h = h

    def area(self):
        return self.s * self.h

    def name(self):
        return "rect"


shapes = [Circle(1), Square(2), Rect(2, 3), Circle(2), Rect(1, 1), Square(5)]
total = 0
for sh in shapes:
    a = sh.area()
    total += a
    print(sh.name(), a)
print("total", total)
print(sorted([sh.name() for sh in shapes]))
