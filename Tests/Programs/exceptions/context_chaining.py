try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print(repr(e))
    print(repr(e.__context__))
    print(e.__cause__)
    print(e.__suppress_context__)
    print(e.__context__.__context__)

try:
    try:
        raise KeyError(1)
    finally:
        print("finally sees it")
except KeyError as e:
    print("no context:", e.__context__)

def again():
    try:
        raise ValueError("a")
    except ValueError as e:
        raise e

try:
    again()
except ValueError as e:
    print("raise e keeps no self context:", e.__context__)
