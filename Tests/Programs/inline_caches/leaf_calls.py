# Calls of leaf functions (`return x op y` over parameters and constants) run the callee's
# small-int case in the call site's case: the callee's own site still counts every hit, overflows
# and other types take the full call, and the results are exact. The call site waits one
# execution for the callee's site to see its operands; a later site finds it ready.
# statcheck: 41:17 call state=monomorphic hits>=1990 misses.type=2
# statcheck: 11:12 + state=polymorphic hits>=1999 misses.overflow=1
# statcheck: 44:15 call state=monomorphic misses.type=1


def add(a, b):
    return a + b


def sub(a, b):
    return a - b


def mul(a, b):
    return a * b


def fdiv(a, b):
    return a // b


def mod(a, b):
    return a % b


def double(x):
    return x * 2


def less(a, b):
    return a < b


def run(n):
    total = 0
    for i in range(n):
        total = add(total, i)
    big = 2**61
    for i in range(3):
        big = add(big, big)
    return total, big


print(run(2000))

results = []
for a, b in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (2**62 - 1, 1), (-(2**62), -1)]:
    results.append((sub(a, b), mul(a, b), fdiv(a, b), mod(a, b), double(a), less(a, b)))
print(results)
print(sub(-(2**62), 1), mul(2**40, 2**40), double(2**61), fdiv(-(2**62), -1))
print(sub(1.5, 2), sub({1, 2}, {2}), fdiv(7.5, 2), mul("ab", 3), less(1.0, 2), less("a", "b"))

totals = []
for x in [1, 2, 3, 1.5, 4, "s", 5]:
    totals.append(double(x))
print(totals)


def shift(a, b):
    return a << b


def bits(a, b):
    return (a & b, a | b, a ^ b)


def band(a, b):
    return a & b


def bor(a, b):
    return a | b


def bxor(a, b):
    return a ^ b


print([(band(a, b), bor(a, b), bxor(a, b), shift(a, 3)) for a in range(-3, 4) for b in (5, -6)])
