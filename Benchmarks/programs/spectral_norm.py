# Spectral norm of an infinite matrix (Computer Language Benchmarks Game):
# power iteration with A(i, j) = 1 / ((i+j)(i+j+1)/2 + i + 1). Measures
# float arithmetic, int-to-float mixing, function calls and list indexing.
# Usage: spectral_norm.py [N]   Prints the norm with 9 decimals.
import sys
import math


def eval_a(i, j):
    ij = i + j
    return 1.0 / (ij * (ij + 1) // 2 + i + 1)


def mul_av(n, v):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(i, j) * v[j]
        out.append(s)
    return out


def mul_atv(n, v):
    out = []
    for i in range(n):
        s = 0.0
        for j in range(n):
            s += eval_a(j, i) * v[j]
        out.append(s)
    return out


def mul_atav(n, v):
    return mul_atv(n, mul_av(n, v))


n = 300
if len(sys.argv) > 1:
    n = int(sys.argv[1])
u = [1.0] * n
v = u
for _ in range(10):
    v = mul_atav(n, u)
    u = mul_atav(n, v)
vbv = 0.0
vv = 0.0
for i in range(n):
    vbv += u[i] * v[i]
    vv += v[i] * v[i]
print("%0.9f" % math.sqrt(vbv / vv))
