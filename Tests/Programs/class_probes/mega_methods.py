class A:
    def m(self): return 1
class B(A):
    def m(self): return 2
class C:
    def m(self): return 3
objs = []
for i in range(12):
    o = [A, B, C][i % 3]()
    for j in range(i % 4):
        setattr(o, "x%d" % j, j)
    objs.append(o)
def run(n):
    s = 0
    for i in range(n):
        o = objs[i % 12]
        s += o.m()
        o.y = i
        s += o.y
    return s
print(run(3000))
A.m = lambda self: 10
print(run(3000))
objs[4].m = lambda: 100
print(run(3000))
A.y = property(lambda self: -1, lambda self, v: None)
print(run(3000))
del A.y
print(run(3000))
C.m = property(lambda self: lambda: 1000)
print(run(3000))
for o in objs:
    for j in range(3):
        if hasattr(o, "x%d" % j):
            delattr(o, "x%d" % j)
print(run(3000))
