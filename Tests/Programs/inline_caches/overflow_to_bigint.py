# An int accumulator overflowing into a big int mid-loop: the result is exact, and the misses
# are counted as overflows while the int case stays.
# statcheck: 11:9 += misses.overflow>=1 hits>=100


def grow():
    x = 2 ** 61
    y = 0
    for i in range(200):
        y = x
        x += x // 3
    return x, y


print(grow())
