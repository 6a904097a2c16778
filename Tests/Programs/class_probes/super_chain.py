class A:
    def f(self, x): return x + 1
    @classmethod
    def make(cls, n): return cls.__name__ + str(n)
    @staticmethod
    def st(x): return x * 2
class B(A):
    def f(self, x): return super().f(x) * 2
class C(B):
    def f(self, x): return super().f(x) + 3
    @classmethod
    def make(cls, n): return "C:" + super().make(n)
class D(C):
    pass
objs = [A(), B(), C(), D()]
t = 0
names = set()
for i in range(4000):
    o = objs[i % 4]
    t += o.f(i) + o.st(i) + type(o).st(1)
    names.add(o.make(i % 3))
    names.add(type(o).make(0))
print(t, sorted(names))
B.f = lambda self, x: -x
t = 0
for i in range(4000):
    t += objs[i % 4].f(i)
print(t)
class P:
    def __init__(self): self._x = 0; self.sets = 0
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v; self.sets += 1
    @x.deleter
    def x(self): self._x = -1
p = P()
for i in range(3000):
    p.x = p.x + i
print(p.x, p.sets)
del p.x
print(p.x)
class Q(P):
    @property
    def x(self): return "Q"
q = Q()
try:
    q.x = 1
except AttributeError as e:
    print("AE", e)
print(q.x)
class S(A):
    def __init__(self, v):
        super().__init__()
        self.v = v
    def f(self, x):
        return super(S, self).f(x) + self.v
print(sum(S(i).f(i) for i in range(2000)))
