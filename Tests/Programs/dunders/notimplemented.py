# A dunder returning NotImplemented makes Python try the reflected method of the
# other operand.
class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        if isinstance(o, Meters):
            return Meters(self.v + o.v)
        print("Meters.__add__ gives up on", type(o).__name__)
        return NotImplemented

    def __radd__(self, o):
        print("Meters.__radd__ with", type(o).__name__)
        return Meters(self.v + o)

    def __mul__(self, o):
        return NotImplemented

    def __repr__(self):
        return "%gm" % self.v


class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, o):
        print("Feet.__radd__ with", type(o).__name__)
        return Meters(o.v + self.v * 0.3048)

    def __rmul__(self, o):
        return "Feet.__rmul__"


print(Meters(1) + Meters(2))
print(Meters(1) + Feet(10))
print(5 + Meters(1))
print(Meters(2) * Feet(1))
print(sum([Meters(1), Meters(2)], Meters(0)))
print(sum([Meters(1), Meters(2)]))
print(NotImplemented)
print(Meters(1).__add__(3))
