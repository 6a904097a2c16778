# The monomorphic twin of poly_add.py: the same loop shape, seven calls of
# `add` per iteration, but every operand is a small int.
# Usage: mono_add.py [N]   (N iterations of 7 calls each)
import sys


def add(a, b):
    return a + b


def run(n):
    x = 0
    s = 0
    f = 0
    g = 0
    l = 0
    c = 0
    big = 100
    for i in range(n):
        x = add(x, 3)
        s = add(2, 5)
        f = add(f, 1)
        g = add(i, 4)
        l = add(i, x)
        c = add(1, c)
        big = add(big, i)
    return [x, s, f, g, l, c, big]


n = 2000000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
r = run(n)
print("mono_add", n, r[0], r[1], r[2], r[3], r[4], r[5], r[6])
