# Reflection of comparisons: a < b tries b.__gt__(a) when a has no __lt__ (or it
# returns NotImplemented); == with no __eq__ on the left uses the right one;
# a subclass's reflected method is tried first.
class Left:
    def __init__(self, v):
        self.v = v


class Right:
    def __init__(self, v):
        self.v = v

    def __gt__(self, o):
        print("Right.__gt__ called")
        return self.v > o.v

    def __lt__(self, o):
        print("Right.__lt__ called")
        return self.v < o.v

    def __eq__(self, o):
        print("Right.__eq__ called")
        return self.v == o.v

    def __le__(self, o):
        print("Right.__le__ called")
        return NotImplemented

    def __ge__(self, o):
        print("Right.__ge__ called")
        return True


l = Left(1)
r = Right(5)
print(l < r)
print(l > r)
print(l == r)
print(l == Right(1))
print(l <= r)


class Base:
    def __init__(self, v):
        self.v = v

    def __lt__(self, o):
        print("Base.__lt__")
        return self.v < o.v


class Derived(Base):
    def __gt__(self, o):
        print("Derived.__gt__")
        return self.v > o.v


print(Base(1) < Derived(2))
print(Derived(1) < Base(2))
