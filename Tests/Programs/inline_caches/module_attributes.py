# `math.sqrt` and `math.pi` read the module's dict entry in machine code, guarded on the module
# and its keys version: rebinding a name is seen at once, deleting or adding one leaves the case.
# statcheck: 11:14 method state=monomorphic hits>=100000 misses.type=1
# statcheck: 11:29 . state=monomorphic hits>=100000 misses.type=1
import math


def f(n):
    s = 0.0
    for i in range(n):
        s += math.sqrt(i) + math.pi
    return s


print(f(100000))
math.pi = 3
print(f(10))
del math.sqrt
try:
    print(f(10))
except AttributeError as e:
    print("AttributeError:", e)
math.sqrt = lambda x: -1
print(f(3))
