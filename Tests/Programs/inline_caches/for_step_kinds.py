# One for-loop step site meeting one iterator kind after another: its first case runs in line,
# then moves out of line when a second kind arrives, and every kind still steps correctly (a map
# over a Python function re-enters machine code from the step).
# statcheck: 10:5 next state=megamorphic transitions=0,1,P,N
# statcheck: 26:5 next state=monomorphic hits>=3000 misses.type=1


def total(iterable):
    t = 0
    for x in iterable:
        t += x
    return t


def square(v):
    return v * v


print(total(range(10)), total([1, 2, 3]), total((4, 5)), total(range(10, 0, -3)))
print(total({7: 1, 8: 2}), total({9}), total(map(square, range(5))), total(reversed([1, 2])))
print(total(range(2**62, 2**62 + 3)))


def count(n):
    c = 0
    for i in range(n):
        c += i
    return c


print(count(3000))
