class CM:
    def __init__(self, swallow): self.swallow = swallow; self.n = 0
    def __enter__(self): self.n += 1; return self.n
    def __exit__(self, et, ev, tb):
        if et is KeyError:
            raise ValueError("from exit")
        return self.swallow
c = CM(1)
t = 0
for i in range(2000):
    with c as k:
        t += k
        if i % 3 == 0:
            continue
        if i % 7 == 0:
            raise IndexError(i)
    t += 1
print(t)
for i in range(5):
    try:
        with CM(0):
            raise KeyError(i)
    except ValueError as e:
        print("VE", e, type(e.__context__).__name__)
def f():
    for i in range(10):
        with CM("yes"):
            if i == 3:
                break
    return i
print(f())
class OnlyEnter:
    def __enter__(self): return 1
try:
    with OnlyEnter():
        print("body")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class OnlyExit:
    def __exit__(self, *a): return 1
try:
    with OnlyExit():
        print("body")
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
