def f():
    try:
        raise KeyError("inner")
    except KeyError:
        return "returned"

try:
    raise ValueError("outer")
except ValueError:
    f()
    try:
        raise
    except ValueError as e:
        print("still handling", repr(e))

def g():
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError:
            if i == 1:
                break
    try:
        raise
    except RuntimeError as e:
        return str(e)
print(g())
