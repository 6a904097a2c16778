# Class decorators: a function receiving the class, modifying it and returning it
# (or returning something else).
registry = []


def register(cls):
    registry.append(cls.__name__)
    return cls


def add_greeting(cls):
    def greet(self):
        return "hello from " + type(self).__name__

    cls.greet = greet
    cls.decorated = True
    return cls


@register
class First:
    pass


@register
@add_greeting
class Second:
    def __init__(self):
        self.n = 2


def replace_with_name(cls):
    return "class " + cls.__name__


@replace_with_name
class Gone:
    pass


print(registry)
s = Second()
print(s.greet(), s.n, Second.decorated)
print(Gone)
print(hasattr(First, "greet"))
