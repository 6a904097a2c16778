# A monomorphic int loop: its `+` and `<` sites end monomorphic and (nearly) always hit.
# statcheck: 11:13 + state=monomorphic hitrate>=99.9
# statcheck: 10:11 < state=monomorphic hitrate>=99.9
# statcheck: 12:9 += state=monomorphic hitrate>=99.9


def total(n):
    t = 0
    i = 0
    while i < n:
        t = t + i
        i += 1
    return t


print(total(100000))
