# Instances with many attributes: set in __init__ and added by setattr.
class Record:
    def __init__(self, n):
        self.a0 = n
        self.a1 = n + 1
        self.a2 = n + 2
        self.a3 = n + 3
        self.a4 = n + 4
        self.a5 = n + 5
        self.a6 = n + 6
        self.a7 = n + 7
        self.a8 = n + 8
        self.a9 = n + 9
        self.a10 = n + 10
        self.a11 = n + 11

    def total(self):
        return (self.a0 + self.a1 + self.a2 + self.a3 + self.a4 + self.a5
                + self.a6 + self.a7 + self.a8 + self.a9 + self.a10 + self.a11)


r = Record(1)
print(r.total(), r.a0, r.a11)
for k in range(40):
    setattr(r, "extra" + str(k), k * k)
print(r.extra0, r.extra39, getattr(r, "extra20"))
s = 0
for k in range(40):
    s += getattr(r, "extra" + str(k))
print(s)
records = [Record(i) for i in range(100)]
print(sum([x.total() for x in records]))
