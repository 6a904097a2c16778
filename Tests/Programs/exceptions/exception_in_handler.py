def f():
    try:
        1 / 0
    except ZeroDivisionError:
        {}["x"]

try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))

try:
    try:
        raise ValueError("a")
    except ValueError:
        raise
    finally:
        print("finally")
except ValueError as e:
    print("got", e)
