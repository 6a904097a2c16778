class A:
    def __init__(self):
        self.v = 1

def read(objs):
    s = 0
    for o in objs:
        s += o.v
    return s

objs = [A() for _ in range(2000)]
print(read(objs))
A.v = property(lambda self: 100)
print(read(objs))
del A.v
print(read(objs))
def setv(self, x):
    self.__dict__  # noop
A.v = property(lambda self: 7, setv)
def write(objs):
    for o in objs:
        o.v = 5
write(objs)
print(read(objs))
del A.v
print(read(objs))
