# Private names (`__x`, not `__x__`) inside a class are mangled with the class's name (`_A__x`):
# attributes, methods and class attributes; a subclass gets its own; leading underscores of the
# class name are dropped, and a name of underscores only mangles nothing.
class A:
    __count = 0
    def __init__(self):
        self.__v = "A"
        A.__count += 1
    def a_v(self):
        return self.__v
    def __helper(self):
        return "helper " + self.__v
    def call(self):
        return self.__helper()
    @classmethod
    def count(cls):
        return cls.__count
class B(A):
    def __init__(self):
        super().__init__()
        self.__v = "B"
    def b_v(self):
        return self.__v
    def __repr__(self):
        return "B()"
class __C:
    __z = 1
class _D_:
    __w = 2
    def __init__(self):
        self.__q__ = 3
b = B()
print(b.a_v(), b.b_v(), sorted(vars(b)), b.call(), A.count(), b._A__v, b._B__v)
print(sorted(k for k in vars(A) if not k.startswith("__")), sorted(k for k in vars(__C) if "z" in k))
print(sorted(k for k in vars(_D_) if "___w" in k), vars(_D_()))
try:
    b.__v
except AttributeError as e:
    print(e)
try:
    b.__helper()
except AttributeError as e:
    print(e)
print(repr(b), hasattr(b, "__v"), getattr(b, "_A__v"))
