# isinstance(x, C) with x an instance of exactly C answers True in the call case itself; a subclass,
# a tuple, a builtin type and a shadowed isinstance take the builtin (or the new callee).
# statcheck: 11:12 call state=monomorphic hits>=31999
class A: pass
class B(A): pass
class C: pass
objs = [A(), B(), C(), 3, "s", None, 2.5, [1]]
counts = [0] * 8
for i in range(4000):
    for j, o in enumerate(objs):
        if isinstance(o, A):
            counts[j] += 1
        if isinstance(o, (C, int)):
            counts[j] += 10
print(counts)
a = A()
def isinstance_user(x, y):
    return "shadow"
r = []
for i in range(3000):
    r.append(isinstance(a, A))
    if i == 2000:
        isinstance = isinstance_user
print(r[0], r[2000], r[2001], r[-1])
del isinstance
try:
    isinstance(a, 3)
except TypeError as e:
    print(e)
