class CM:
    log = []
    def __init__(self, name, swallow=False): self.name = name; self.swallow = swallow
    def __enter__(self):
        CM.log.append("enter " + self.name)
        return self
    def __exit__(self, et, ev, tb):
        CM.log.append("exit %s %s" % (self.name, et.__name__ if et else None))
        return self.swallow
n = 0
for i in range(600):
    with CM("a") as a, CM("b", swallow=True) as b:
        n += 1
        if i % 2:
            raise ValueError(i)
    with CM("c", swallow=i % 3 == 0):
        try:
            with CM("d"):
                if i % 3 == 0:
                    raise KeyError(i)
        except KeyError:
            n += 100
print(n, len(CM.log), CM.log[:12])
try:
    with CM("e"):
        raise TypeError("t")
except TypeError as e:
    print("TE", e, CM.log[-1])
def f():
    for i in range(3):
        with CM("r%d" % i):
            if i == 1:
                return i
print(f(), CM.log[-4:])
class NoExit:
    def __enter__(self): return 1
try:
    with NoExit():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)
class Bad:
    def __enter__(self): raise RuntimeError("enter")
    def __exit__(self, *a): print("not called")
try:
    with Bad():
        print("body")
except RuntimeError as e:
    print("RE", e)
