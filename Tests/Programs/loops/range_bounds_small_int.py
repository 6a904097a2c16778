# for-loops over ranges at the small-int boundary, through one step site: values past 2**62 take
# the generic step (they are big ints), the others the in-line one.
def f(r):
    out = []
    for i in r:
        out.append(i)
    return out
print(f(range(3)), f(range(2**62 - 2, 2**62 + 1)), f(range(5, 0, -2)), f(range(-2**62 + 1, -2**62 - 2, -1)), f(range(2**63 - 2, 2**63)), f(range(10**20, 10**20 + 2)))
import sys
print(f(range(sys.maxsize - 1, sys.maxsize)), list(range(-2**62, -2**62 + 2)), list(range(2**62 - 1, 2**62)))
