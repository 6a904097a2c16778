# Both __add__ and the reflected __radd__ return NotImplemented.
class A:
    def __add__(self, o):
        print("A.__add__")
        return NotImplemented


class B:
    def __radd__(self, o):
        print("B.__radd__")
        return NotImplemented


A() + B()
