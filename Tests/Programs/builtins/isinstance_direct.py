# isinstance(x, C) with two positional arguments is called straight through its two-argument body;
# errors and other call forms go through the generic call.
class A: pass
class B(A): pass
def f(xs):
    n = 0
    for x in xs:
        if isinstance(x, A):
            n += 1
        if isinstance(x, (int, str)):
            n += 10
    return n
print(f([A(), B(), 1, "s", 2.0, None] * 100))
for bad in [(1,), (1, 2), (1, int, 3)]:
    try:
        print(isinstance(*bad))
    except TypeError as e:
        print("TypeError:", e)
g = isinstance
print(g(B(), A), list(map(isinstance, [1, "a"], [int, int])))
