# A polymorphic attribute site whose cases are of several kinds: instances of four shapes (their
# cases share one instance test and chain shape compares), a class object, and, after a class
# changes (the epoch moves), the same shapes again. Every load reads the right value.
# statcheck: 34:13 . state=megamorphic transitions=0,1,P,N
# statcheck: 45:18 method state=polymorphic hits>=390 misses.type=3


class A:
    value = "class A"

    def __init__(self):
        self.value = 1

    def get(self):
        return "A"


class B(A):
    def __init__(self):
        self.other = 0
        self.value = 2

    def get(self):
        return "B"


class C(A):
    def __init__(self):
        self.value = 3
        self.extra = 9


def load(objects):
    return [o.value for o in objects]


objects = [A(), B(), C(), A(), B(), C()]
print(load(objects))
print(load([A, B(), A(), C]))
A.get = lambda self: "A2"
print(load(objects + [A]))
total = []
for i in range(400):
    o = objects[i % 3]
    total.append(o.get())
print(total[:6], len(total))
c = C()
c.value = "changed"
del c.extra
print(load([c, A(), c]))
