# Deep recursion near a raised recursion limit through frames of many locals and of few: the
# value stack keeps room for every frame the limit allows, so only the limit ends it.
import sys

sys.setrecursionlimit(10**6)


def big(n):
    a0 = a1 = a2 = a3 = a4 = a5 = a6 = a7 = a8 = a9 = b0 = b1 = b2 = b3 = b4 = b5 = b6 = b7 = n
    c0 = c1 = c2 = c3 = c4 = c5 = c6 = c7 = c8 = c9 = d0 = d1 = d2 = d3 = d4 = d5 = d6 = d7 = n
    e0 = e1 = e2 = e3 = e4 = e5 = e6 = e7 = e8 = e9 = f0 = f1 = f2 = f3 = f4 = f5 = f6 = f7 = n
    g0 = g1 = g2 = g3 = g4 = g5 = g6 = g7 = g8 = g9 = h0 = h1 = h2 = h3 = h4 = h5 = h6 = h7 = n
    if n == 0:
        return small(400000)
    return 1 + big(n - 1)


def small(n):
    return 0 if n == 0 else 1 + small(n - 1)


print(big(500000))
try:
    print(big(700000))
except RecursionError as e:
    print("RecursionError:", e)
print(small(999000))
