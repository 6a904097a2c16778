a = [1, 2]
b = a
c = [1, 2]
print(a is b, a is c, a == c, a is not c, b is not a)
x = None
print(x is None, x is not None, None is None)
print(True is True, False is not True)
def f():
    pass
print(f() is None)
print(type(1) is int, type('s') is str, type([]) is list, type(None) is type(None))
