def bsearch(a, x):
    lo, hi = 0, len(a)
    while lo < hi:
        mid = (lo + hi) // 2
        if a[mid] < x:
            lo = mid + 1
        else:
            hi = mid
    return lo
a = [1, 3, 3, 5, 8, 13, 21]
for x in (0, 1, 3, 4, 21, 22):
    i = bsearch(a, x)
    print(x, i, i < len(a) and a[i] == x)
def isqrt(n):
    lo, hi = 0, n + 1
    while hi - lo > 1:
        mid = (lo + hi) // 2
        if mid * mid <= n:
            lo = mid
        else:
            hi = mid
    return lo
print(isqrt(10 ** 30), isqrt(99), isqrt(2 * 10 ** 40))
