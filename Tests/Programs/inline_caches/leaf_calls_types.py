# Leaf calls whose operands are floats, a float with an int, or strs run the callee's case for
# those types in the call site's case (each call site waits one execution for the callee's site
# to have it); other types, overflowing floats (boxed results) and a division by zero take the
# full call, which raises with the callee's frame. A call site whose types the callee's site
# already has builds its case at once.
# statcheck: 27:13 call state=monomorphic hits>=995 misses.type=2
# statcheck: 28:13 call state=monomorphic hits>=995 misses.type=2
# statcheck: 29:42 call state=monomorphic hits>=495 misses.type=2
# statcheck: 29:13 call state=monomorphic hits>=495 misses.type=1
# statcheck: 14:12 + state=polymorphic hits>=2990


def add(a, b):
    return a + b


def div(a, b):
    return a / b


def run(n):
    f = 0.0
    g = 0.0
    s = ""
    q = 0.0
    for i in range(n):
        f = add(f, 0.5)
        g = add(i, 0.25)
        s = add("ab", "c") if i % 2 else add(s[:3], "x")
        q = div(f, 1.5)
    return f, g, s, q


print(run(1000))
print(add(1e308, 1e308), add(-0.0, -0.0), add(0.1, 0.2), add(2**53, 0.5), add(1.5, True))
print(div(1.0, 3), div(7, 2.0), div(1e-300, 1e300))
total = 0.0
for i in range(1, 200):
    total = add(total, div(1.0, i))
print(total)
try:
    div(1.5, 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(div(2.5, 0.0))
