# Minimal classes: empty bodies, docstrings only, and an explicit object base.
class Empty:
    pass


class Documented:
    """Only a docstring."""


class Explicit(object):
    pass


e = Empty()
print(type(e).__name__)
e.x = 1
print(e.x)
print(Documented.__doc__)
print(type(Documented()).__name__)
print(isinstance(Explicit(), object), issubclass(Explicit, object))
print(Empty() is Empty(), Empty() == Empty())
print(bool(Empty()))
