# sorted() and list.sort() against CPython's own algorithm: with NaNs the comparisons are not a
# total order, so only CPython's timsort (runs, binary insertion, powersort merges, galloping)
# puts the items where CPython does. Random lists (a fixed LCG) of every size class, mixed
# int/float, duplicates, NaNs, partly sorted runs; key= and reverse= with stability checks.
nan = float('nan')
state = [20240607]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return (state[0] >> 8) % n


def value(kind):
    r = rand(16)
    if r == 0:
        return nan
    if kind == 0:
        return rand(20)
    if kind == 1:
        return rand(40) / 4
    if r < 6:
        return rand(30)
    if r < 10:
        return rand(60) / 2 - 5
    if r == 10:
        return -0.0
    return rand(1000) - 500


def make(n, kind, shape):
    xs = [value(kind) for _ in range(n)]
    if shape == 1:
        # Long ascending and descending stretches with NaNs and noise inside.
        xs = [i // 3 if rand(10) else value(kind) for i in range(n)]
    elif shape == 2:
        xs = [n - i if rand(12) else value(kind) for i in range(n)]
    elif shape == 3:
        # Sorted blocks: galloping territory.
        xs = []
        while len(xs) < n:
            block = rand(90) + 1
            start = rand(500)
            xs.extend(range(start, start + block))
            xs.append(value(kind))
        xs = xs[:n]
    return xs


def code(x):
    if x != x:
        return 999983
    return int(x * 8) + 1000


def digest(xs):
    h = 7
    for x in xs:
        h = (h * 1000003 + code(x)) % 1000000007
    return h


sizes = [0, 1, 2, 3, 4, 5, 7, 8, 12, 13, 31, 32, 33, 63, 64, 65, 100, 127, 128, 129, 250]
case = 0
for n in sizes:
    for kind in range(3):
        for shape in range(4):
            xs = make(n, kind, shape)
            a = sorted(xs)
            b = sorted(xs, reverse=True)
            c = list(xs)
            c.sort(key=lambda x: -x if x == x else x)
            tagged = [(x, i) for i, x in enumerate(xs)]
            d = sorted(tagged, key=lambda t: t[0], reverse=(case % 2 == 1))
            order = [t[1] for t in d]
            if n <= 13:
                print(case, a, b, c, order)
            else:
                print(case, digest(a), digest(b), digest(c), digest(order))
            case += 1

# Stability: equal keys keep their order, also with reverse=True.
words = ['pear', 'fig', 'apple', 'kiwi', 'plum', 'date', 'lime', 'yuzu', 'sloe', 'nut']
print(sorted(words, key=len))
print(sorted(words, key=len, reverse=True))
pairs = [(rand(4), i) for i in range(40)]
print(sorted(pairs, key=lambda p: p[0]) == sorted(pairs))
print([p[1] for p in sorted(pairs, key=lambda p: p[0], reverse=True)])

# Plain cases, tuples with NaNs, strings and mixed ints and floats.
print(sorted([3, nan, 1]), sorted([nan, 3, 1]), sorted([3, 1, nan, 2, 0]))
print(sorted([(1, nan), (1, 2.0), (0, nan), (1, 1.0)]))
print(sorted(['b', 'a', 'B', 'ab', '']), sorted([2, 1.5, True, -1, 0.0, False]))
print(sorted([2**70, -2**70, 5, 2.5e20, -1e30]))
print(sorted([5, 2, 8], key=None, reverse=False), sorted([5, 2, 8], reverse=1))

# A key function sees the list empty while it sorts, as in CPython.
seen = []
lst = [3, 1, 2]
lst.sort(key=lambda x: seen.append(len(lst)) or x)
print(lst, seen)
