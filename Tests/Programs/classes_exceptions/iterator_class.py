# The iterator protocol: __iter__ returning self and __next__ raising StopIteration,
# consumed by for, list(), sum(), in, unpacking and next().
class Countdown:
    def __init__(self, start):
        self.n = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1


for x in Countdown(3):
    print(x)
print(list(Countdown(5)), sum(Countdown(4)))
print(2 in Countdown(3), 9 in Countdown(3))
a, b = Countdown(2)
print(a, b)
it = Countdown(2)
print(next(it), next(it), next(it, "done"))
print([x * x for x in Countdown(4)])
print(sorted(Countdown(3)), max(Countdown(6)), tuple(Countdown(1)))
