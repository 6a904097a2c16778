# A polymorphic `add`: one function whose `a + b` sees seven operand-type
# pairs in a rotating pattern (int+int, str+str, float+float, int+float,
# list+list, bool+int, big int+int). Compare with mono_add.py, which makes
# the same seven calls per iteration with ints only.
# Usage: poly_add.py [N]   (N iterations of 7 calls each)
import sys


def add(a, b):
    return a + b


def run(n):
    x = 0
    s = ""
    f = 0.0
    g = 0.0
    l = []
    c = 0
    big = 2 ** 100
    for i in range(n):
        x = add(x, 3)
        s = add("ab", "cd")
        f = add(f, 0.5)
        g = add(i, 0.25)
        l = add([i], [x])
        c = add(True, c)
        big = add(big, i)
    return [x, s, f, g, l, c, big]


n = 2000000
if len(sys.argv) > 1:
    n = int(sys.argv[1])
r = run(n)
print("poly_add", n, r[0], r[1], r[2], r[3], r[4], r[5], r[6] % 18446744073709551616, r[6] // 2 ** 100)
