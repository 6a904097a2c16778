def f():
    try:
        1 / 0
    except ZeroDivisionError:
        print("cleanup")
        raise

try:
    f()
except ZeroDivisionError as e:
    print("reraised", e)

def g():
    try:
        raise KeyError("a")
    except KeyError as e:
        try:
            raise ValueError("b")
        except ValueError:
            pass
        raise

try:
    g()
except KeyError as e:
    print("outer handled exception restored:", repr(e))

def h():
    try:
        raise IndexError("x")
    except IndexError as e:
        err = e
    raise err

try:
    h()
except IndexError as e:
    print("raise saved", e)
