# `x += 1`, `x - 3` and `x < c` with a constant small int test only the other operand and add,
# subtract or compare the tagged constant as an immediate; overflow still leaves for the helper.
# statcheck: 8:9 += state=polymorphic misses.overflow=1 misses.type=3
# statcheck: 14:13 - state=polymorphic misses.overflow=1 misses.type=3
def up(x, n):
    out = []
    for _ in range(n):
        x += 1
        out.append(x)
    return out
def down(x, n):
    out = []
    for _ in range(n):
        x = x - 3
        out.append(x)
    return out
def cmp(x):
    r = []
    for v in [x - 2, x - 1, x, x + 1]:
        r.append((v < 4611686018427387903, v <= -4611686018427387904, v > 5, v == -1))
    return r
print(up(4611686018427387900, 6))
print(down(-4611686018427387900, 4))
print(up(-5, 8), down(7, 5))
print(cmp(4611686018427387903), cmp(-4611686018427387904), cmp(0))
print(up(1.5, 2), down(2.5, 2))
