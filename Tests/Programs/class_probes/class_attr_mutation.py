class Base:
    def m(self):
        return 1

class D(Base):
    pass

def go(objs):
    s = 0
    for o in objs:
        s += o.m()
    return s

objs = [D() for _ in range(2000)]
print(go(objs))
Base.m = lambda self: 2
print(go(objs))
D.m = lambda self: 3
print(go(objs))
del D.m
print(go(objs))
Base.m = staticmethod(lambda: 4)
print(go(objs))
Base.m = classmethod(lambda cls: len(cls.__name__))
print(go(objs))
Base.m = 5
try:
    print(go(objs))
except TypeError as e:
    print("TE", e)
objs[0].m = lambda: 10
Base.m = lambda self: 1
print(go(objs))
class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
for i in range(3000):
    Counter()
print(Counter.count)
def readcount(n):
    c = Counter()
    s = 0
    for i in range(n):
        s += c.count
        Counter.count += 1
    return s
print(readcount(3000))
