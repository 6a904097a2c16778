# __class__, type(x), type(x).__name__, C.__name__, and comparing classes.
class Alpha:
    pass


class Beta(Alpha):
    pass


a = Alpha()
b = Beta()
print(type(a).__name__, type(b).__name__)
print(a.__class__.__name__, b.__class__ is Beta)
print(type(a) is Alpha, type(b) is Alpha, type(b) == Beta)
print(Alpha.__name__, Beta.__name__)
print(type(a))
print(Beta)
c = type(b)()
print(type(c).__name__)
print(type(Alpha).__name__, type(Alpha) is type)
print(type(1).__name__, type("s").__name__, type([]).__name__, type(None).__name__)
names = [type(x).__name__ for x in [1, 2.0, "x", a, b, (), {}]]
print(names)
