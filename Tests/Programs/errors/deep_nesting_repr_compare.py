# repr, str and comparisons of containers nested deeper than the recursion limit raise
# RecursionError with CPython's messages (they count against the limit as Python calls do),
# catchable, and the program goes on; nesting within the limit works.
def nest(n, make):
    x = make()
    for i in range(n):
        x = make(x)
    return x


for make in (lambda *x: list(x), lambda *x: tuple(x), lambda *x: {"k": x[0]} if x else {}):
    deep = nest(2000, make)
    for f in (repr, str, lambda v: v == nest(2000, make), lambda v: v < nest(2000, make) if type(v) is not dict else 0):
        try:
            print(type(deep).__name__, len(str(f(deep))))
        except RecursionError as e:
            print(type(deep).__name__, "RecursionError:", e)
    print(len(repr(nest(100, make))), nest(100, make) == nest(100, make))

s = set()
s.add(frozenset([frozenset()]))
print(s)
deep = nest(2000, lambda *x: list(x))
print(repr(deep))
