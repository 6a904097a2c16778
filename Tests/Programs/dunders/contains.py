# __contains__ drives `in` / `not in`; its result is converted to bool.
class Range2:
    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def __contains__(self, x):
        print("checking", x)
        return self.lo <= x < self.hi


class Counting:
    def __contains__(self, x):
        return x * 2


r = Range2(1, 5)
print(3 in r, 5 in r, 0 not in r)
print([x for x in [0, 2, 4, 6] if x in r])
c = Counting()
print(3 in c, 0 in c, 0 not in c)
