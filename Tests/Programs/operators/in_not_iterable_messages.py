# `in` with a container that is not iterable, and `None | None`, raise CPython's TypeErrors.
for c in (2**64, 1.5, len, print, None, 3, True, range(3), {1: 2}.keys(), iter([1]), "a", [1], (1,), {1}):
    try:
        print(1 in c)
    except TypeError as e:
        print(e)
try:
    print(None | None)
except TypeError as e:
    print(e)
print(None | int, int | None)
class C:
    def __iter__(self):
        return iter([1])
print(1 in C())
import math
try:
    print(1 in math)
except TypeError as e:
    print(e)
