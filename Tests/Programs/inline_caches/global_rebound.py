# A global and a builtin rebound mid-loop: the cached loads see the new values.
# statcheck: 15:18 global state=monomorphic hits>=2990
# statcheck: 15:26 call state=polymorphic hits>=2990

scale = 1


def f(v):
    return v * 2


def run():
    total = 0
    for i in range(3000):
        total += scale + len("ab")
        if i == 1000:
            rebind()
    return total


def rebind():
    global scale, len
    scale = 10
    len = lambda s: 100


print(run(), scale)
