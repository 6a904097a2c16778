# One-argument math functions (math.sqrt, a from-imported sqrt, math.fabs) are called by machine code
# straight through their one-argument body; errors and other call forms as CPython has them.
# statcheck: 10:14 call state=monomorphic hits>=999
# statcheck: 10:29 call state=monomorphic hits>=999
import math
from math import sqrt, sin
def f(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + sqrt(i + 1) + math.fabs(-i) + sin(0.5)
    return s
print(f(1000))
for bad in [-1, "x", 10**400]:
    try:
        print(math.sqrt(bad))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    print(math.sqrt(1, 2))
except TypeError as e:
    print("TypeError", e)
try:
    print(math.sqrt(x=4))
except TypeError as e:
    print("TypeError", e)
try:
    print(math.exp(1000))
except OverflowError as e:
    print("OverflowError", e)
g = math.cos
print([g(0) for _ in range(3)], list(map(math.sqrt, [4, 9])))
