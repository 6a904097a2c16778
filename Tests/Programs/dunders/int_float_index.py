# __int__, __float__ and __index__ conversions.
class Meters:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)


class Idx:
    def __init__(self, i):
        self.i = i

    def __index__(self):
        return self.i


m = Meters(3.75)
print(int(m), float(m), float(Meters(2)))
data = ["a", "b", "c", "d", "e"]
print(data[Idx(1)], data[Idx(-1)], data[Idx(1):Idx(3)])
print(bin(Idx(5)), hex(Idx(255)), range(Idx(3))[-1])
print(int(Idx(7)), "ab" * Idx(3))
print(list(range(Idx(2), Idx(6))))
