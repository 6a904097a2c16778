def f(kind):
    try:
        try:
            if kind == 1:
                raise KeyError("inner")
            if kind == 2:
                raise ValueError("outer")
            return "none"
        except KeyError as e:
            return "inner caught " + str(e)
    except ValueError as e:
        return "outer caught " + str(e)

for kind in range(3):
    print(f(kind))

try:
    try:
        1 / 0
    except ZeroDivisionError:
        print("first")
        try:
            [][0]
        except IndexError:
            print("second")
    print("after inner")
except Exception:
    print("never")
