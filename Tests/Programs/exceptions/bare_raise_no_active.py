try:
    raise
except RuntimeError as e:
    print(repr(e))

def f():
    raise

try:
    f()
except RuntimeError as e:
    print(e)

try:
    1 / 0
except ZeroDivisionError:
    pass
try:
    raise
except RuntimeError as e:
    print("after a handler ended:", e)
