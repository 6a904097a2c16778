# Argument checks CPython makes that were missing: %c outside range(0x110000), enumerate's start,
# vars() of an object without __dict__, log2/log10 of ints too large for a float,
# setrecursionlimit below the current depth or past a C int.
import sys
def deep(n):
    if n == 0:
        try:
            sys.setrecursionlimit(50)
            return "set ok"
        except RecursionError as e:
            return "RE: " + str(e)
    return deep(n - 1)
print(deep(100), sys.getrecursionlimit())
try:
    sys.setrecursionlimit(2**31)
    print("accepted")
except OverflowError as e:
    print(e)

for v in [-1, -42, 2**62, 10**25]:
    try:
        print(ascii("%c" % v))
    except (OverflowError, TypeError) as e:
        print(type(e).__name__, e)

try:
    print(list(enumerate([1], 'a')))
except TypeError as e:
    print(e)

try:
    vars(1)
except Exception as e:
    print(type(e).__name__, e)

import math
print(math.log10(10**400), math.log2(2**2000), math.log(10**400, 10))

