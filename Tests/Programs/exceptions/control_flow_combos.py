import sys
def f():
    for i in range(3):
        with open("exceptions/control_flow_combos.py") as fh:
            try:
                if i == 1:
                    return fh.readline().strip(), fh
            finally:
                print("fin", i, fh.closed)
r, fh = f()
print(r, fh.closed)

def g():
    try:
        raise ValueError("a")
    except ValueError as e:
        def inner():
            return e
        return inner()
print(repr(g()))

def h():
    try:
        try:
            raise KeyError("x")
        except KeyError:
            return "from except"
        finally:
            print("h finally")
    finally:
        print("h outer")
print(h())

sys.setrecursionlimit(100000)
def deep(n):
    return deep(n + 1) + 1
c = 0
for i in range(5):
    try:
        deep(0)
    except RecursionError as e:
        c += 1
print("deep", c)
sys.setrecursionlimit(1000)

def w():
    while True:
        try:
            try:
                return 1
            finally:
                print("w1")
        finally:
            print("w2")
print(w())

try:
    pass
finally:
    print("plain finally")

def returns_in_with_except():
    try:
        with open("/nonexistent") as f:
            pass
    except OSError:
        return "oserror"
print(returns_in_with_except())

x = 0
for i in range(10):
    try:
        x += 1
        if i > 5:
            raise StopIteration
    except StopIteration:
        break
print(x)
def lam():
    fs = [lambda: 1 / 0, lambda: 2]
    out = []
    for fn in fs:
        try:
            out.append(fn())
        except ZeroDivisionError as z:
            out.append(str(z))
    return out
print(lam())
try:
    try:
        raise TypeError("inner")
    except TypeError as e:
        raise e from None
except TypeError as e2:
    print(e2.__suppress_context__, e2.__cause__, repr(e2.__context__))
