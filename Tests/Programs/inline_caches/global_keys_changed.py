# Globals whose namespace gains names mid-loop: each change of the module's keys
# rebuilds the cached loads (in line, as the first case was), which then read the new values; a
# builtin shadowed by a new global is seen at once.
# statcheck: 14:18 global state=monomorphic hits>=2990 misses.condition=2 misses.type=1
# statcheck: 14:25 global state=monomorphic hits>=2990 misses.condition=2 misses.type=1


base = 5


def run():
    total = 0
    for i in range(3000):
        total += base + abs(-2)
        if i == 1000:
            define_more()
        if i == 2000:
            shadow_abs()
    return total


def define_more():
    global extra_one, extra_two
    extra_one = 1
    extra_two = 2


def shadow_abs():
    global abs

    def abs(v):
        return 100


print(run(), extra_one, extra_two)
