# Attribute and method loads on a class (`Strength.REQUIRED`, `Strength.stronger(...)`, through a
# subclass too) read the namespace entry the lookup found, guarded on the class and the class
# epoch; rebinding a plain value is read afresh, other changes move the epoch and the site adds a
# case, and five changes make it megamorphic.
# statcheck: 28:12 method state=monomorphic hits>=999
# statcheck: 28:30 . state=monomorphic hits>=999
# statcheck: 37:26 . state=megamorphic transitions=0,1,P,N
class Strength:
    REQUIRED = None
    count = 0
    def __init__(self, v):
        self.v = v
    @staticmethod
    def stronger(a, b):
        return a.v < b.v
    @classmethod
    def make(cls, v):
        return cls(v)
    def plain(self):
        return self.v
Strength.REQUIRED = Strength(0)
Strength.WEAK = Strength(5)
class Sub(Strength):
    pass
def mono(n):
    t = 0
    for i in range(n):
        if Strength.stronger(Strength.REQUIRED, Sub.WEAK):
            t += Strength.REQUIRED.v + 1
    return t
print(mono(1000))
def run(n):
    t = 0
    for i in range(n):
        if Strength.stronger(Strength.REQUIRED, Strength.WEAK):
            t += 1
        Strength.count = Strength.count + 1
        t += Sub.REQUIRED.v + Sub.make(2).v + Strength.plain(Sub.WEAK)
    return t
print(run(1000), Strength.count)
Strength.REQUIRED = Strength(9)
print(run(10), Strength.count)
Sub.REQUIRED = Strength(-1)
print(run(10))
Strength.stronger = lambda a, b: False
print(run(10))
del Sub.REQUIRED
print(run(3))
Strength.stronger = staticmethod(lambda a, b: True)
print(run(3))
try:
    del Strength.REQUIRED
    print(run(1))
except AttributeError as e:
    print("AttributeError:", e)
