# `x = f(...)` stores the call's result into the local from every kind of call case (the store
# is the call site's own): Python functions, leaves, classes with and without __init__, builtins
# in line and direct, bound methods, callables, keyword and unpacked calls; a call that raises
# leaves the local as it was.
import math


def add(a, b):
    return a + b


def pair(a, b):
    c = a * b
    return (a, c)


class Point:
    def __init__(self, x):
        self.x = x


class Empty:
    pass


class Adder:
    def __call__(self, v):
        return v + 100

    def method(self, v):
        return v - 1


def boom(v):
    if v == 7:
        raise ValueError("seven")
    return v


def run():
    out = []
    adder = Adder()
    bound = adder.method
    for i in range(10):
        a = add(i, 1)
        b = pair(i, 2)
        c = Point(i)
        d = Empty()
        e = len("x" * i)
        f = isinstance(c, Point)
        g = math.sqrt(i)
        h = adder(i)
        k = bound(i)
        m = adder.method(i)
        n = add(b=i, a=2)
        p = add(*(i, 3))
        q = abs(-i)
        r = -1
        try:
            r = boom(i)
        except ValueError as exc:
            out.append(("raised", str(exc), r))
        out.append((a, b, c.x, type(d).__name__, e, f, g, h, k, m, n, p, q, r))
    return out


for row in run():
    print(row)
