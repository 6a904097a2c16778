# isinstance and issubclass with user classes, built-in types and tuples of types.
class Base:
    pass


class Child(Base):
    pass


class Grandchild(Child):
    pass


class Other:
    pass


g = Grandchild()
print(isinstance(g, Grandchild), isinstance(g, Child), isinstance(g, Base))
print(isinstance(g, Other), isinstance(Base(), Child))
print(isinstance(g, (Other, Child)), isinstance(g, (Other, int)))
print(issubclass(Grandchild, Base), issubclass(Base, Grandchild))
print(issubclass(Child, Child), issubclass(Child, (Other, Base)))
print(issubclass(Child, object), isinstance(g, object))
print(isinstance(3, int), isinstance(True, int), isinstance(3, (str, float)))
print(isinstance("x", str), isinstance([], list), isinstance({}, dict))
print(issubclass(bool, int), issubclass(int, bool))
print(isinstance(Base, type), isinstance(g, type))
values = [1, "a", 2.5, g, Other(), None]
print([isinstance(v, Base) for v in values])
