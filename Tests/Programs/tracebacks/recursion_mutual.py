import sys

sys.setrecursionlimit(60)


def g(n):
    return f(n)


def f(n):
    return g(n + 1)


f(0)
