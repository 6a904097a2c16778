def f():
    return g(1,
      2)


def g(a, b):
    return a / 0


f()
