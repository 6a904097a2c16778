import sys
print(sys.exc_info())
try:
    {}["k"]
except KeyError as e:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), v is e, tb is not None)
    try:
        1 / 0
    except ZeroDivisionError:
        print(sys.exc_info()[0].__name__)
    print(sys.exc_info()[0].__name__)
print(sys.exc_info())

def inner():
    return sys.exc_info()[1]

try:
    raise ValueError("v")
except ValueError:
    print(repr(inner()))
