def f():
    out = []
    for x in [1, 0, 2]:
        for y in [1, 0]:
            try:
                out.append(x // y)
            except ZeroDivisionError:
                out.append("z")
                continue
            finally:
                out.append(".")
    return out
print(f())

def g():
    for x in range(3):
        try:
            for y in range(3):
                if y == x:
                    raise KeyError((x, y))
        except KeyError as e:
            print("left inner loop", e)
g()
