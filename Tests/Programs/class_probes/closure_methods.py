def factory(k):
    def m(self, x):
        return x * k
    return m
def dfactory(k):
    def m(self, x, y=k):
        return x + y
    return m
class A:
    pass
a = A()
t = 0
for i in range(4000):
    A.m = factory(i % 3)
    A.d = dfactory(i % 5)
    t += a.m(1) + a.d(1)
    f = factory(i % 4)
    t += f(a, 2)
print(t)
fs = [factory(k) for k in range(4)]
t = 0
for i in range(4000):
    a.m = fs[i % 4]
    t += a.m(a, 3)
print(t)
class B:
    def __init__(self, k):
        self.k = k
    def get(self):
        def inner():
            return self.k
        return inner
bs = [B(i) for i in range(5)]
t = 0
for i in range(3000):
    t += bs[i % 5].get()()
print(t)
class C:
    def outer(self):
        return [lambda: __class__.__name__ for _ in range(2)][0]()
    def sup(self):
        def f():
            return super(C, self).__repr__()[:10]
        return f()
print(C().outer(), C().sup())
