class A:
    def m(self): return 1
class B(A):
    pass
b = B()
def run(n):
    s = 0
    for i in range(n):
        s += b.m()
    return s
print(run(2000))
setattr(A, "m", lambda self: 2)
print(run(2000))
setattr(B, "m", lambda self: 3)
print(run(2000))
delattr(B, "m")
print(run(2000))
type(b).m = lambda self: 4
print(run(2000))
b.__class__.m = lambda self: 5
print(run(2000))
del type(b).m
print(run(2000))
