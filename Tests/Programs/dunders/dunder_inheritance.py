# Dunders are inherited, overridden in subclasses, and may call super().
class Base:
    def __init__(self, v):
        self.v = v

    def __add__(self, o):
        return type(self)(self.v + o.v)

    def __eq__(self, o):
        return self.v == o.v

    def __hash__(self):
        return self.v

    def __len__(self):
        return self.v

    def __repr__(self):
        return "%s(%d)" % (type(self).__name__, self.v)


class Doubling(Base):
    def __add__(self, o):
        r = super().__add__(o)
        return Doubling(r.v * 2)


class Labeled(Base):
    def __repr__(self):
        return "<" + super().__repr__() + ">"


print(Base(1) + Base(2), Doubling(1) + Base(2), Labeled(3) + Labeled(4))
print(Base(1) + Doubling(2))
print(len(Doubling(6)), Labeled(5) == Base(5), hash(Labeled(9)))
print([Base(1), Doubling(2), Labeled(3)])
