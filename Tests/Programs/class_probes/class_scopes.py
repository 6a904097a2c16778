def f(x):
    class A:
        y = x * 2
        z = [x + i for i in range(3)]
        def m(self): return x + self.y
    return A
A1 = f(1); A2 = f(10)
print(A1.y, A2.z, A1().m(), A2().m())
class B:
    n = 3
    sq = [i * i for i in range(n)]
print(B.sq)
x = "global"
class C:
    x = "class"
    def m(self): return x
print(C().m(), C.x)
class D:
    def a(self): return "a"
    b = a
    c = staticmethod(a)
print(D().b(), D.c(D()))
counter = 0
def make():
    global counter
    counter += 1
    class K:
        id = counter
    return K
ks = [make() for _ in range(5)]
print([k.id for k in ks], ks[0] is ks[1], ks[0].__name__, ks[0].__qualname__)
