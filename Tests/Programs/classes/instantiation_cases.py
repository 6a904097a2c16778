# `C(args)` of a plain class runs its `__init__` from machine code directly: the instance is
# allocated by a helper, takes the class's place as self, and `__init__`'s frame is pushed inline
# (or by the binder, for defaults and `super()`), guarded on the class and the class epoch.
# Reassigning `__init__` mid-loop moves the epoch: the sites add a case and the new one runs.
# statcheck: 41:9 call state=polymorphic misses.type=2 hits>=2998
# statcheck: 42:9 call state=polymorphic misses.type=2 hits>=2998
# statcheck: 43:9 call state=polymorphic misses.type=2 hits>=2998
# statcheck: 44:9 call state=polymorphic misses.type=2 hits>=2998
# statcheck: 57:12 call state=monomorphic hits>=2999
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Q:
    pass


class R(P):
    def __init__(self, x, y=5):
        super().__init__(x, y)
        self.z = x + y


class S:
    def __init__(self, v):
        self = None
        v = 0


class Boom:
    def __init__(self, n):
        if n == 1500:
            raise ValueError("boom %d" % n)
        self.n = n


total = 0
for i in range(3000):
    q = Q()
    s = S(i)
    p = P(i, i + 1)
    r = R(i)
    try:
        b = Boom(i)
    except ValueError as e:
        print("caught", e)
    total += p.x + p.y + r.z
    if i == 1000:
        def init2(self, x, y):
            self.x = -x
            self.y = -y
        P.__init__ = init2
print(total, type(q).__name__, type(s).__name__, type(p).__name__, p.x, r.x, r.z)
for i in range(3000):
    last = P(i, 1)
print(last.x, last.y)


class Bad:
    def __init__(self):
        return 3


for i in range(3):
    try:
        Bad()
    except TypeError as e:
        print(e)


class E:
    def __init__(self, a, b):
        self.a = a


try:
    for i in range(2000):
        E(1, 2)
    E(1)
except TypeError as e:
    print(e)


def deep(n):
    return D(n)


class D:
    def __init__(self, n):
        self.child = deep(n + 1) if n < 100000 else None


try:
    deep(0)
except RecursionError as e:
    print("recursion", e)
