class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n
def alt_next(self):
    if self.n <= 0:
        raise StopIteration
    self.n -= 1
    return self.n * 10
def consume(src):
    t = 0
    for x in src:
        t += x
    return t
srcs = [range(5), [1, 2, 3], It(4), (7, 8), It(2), {9: 0}, "ab" and [5]]
total = 0
for i in range(1400):
    total += consume(srcs[i % 7] if not isinstance(srcs[i % 7], It) else It(i % 6))
    if i == 700:
        It.__next__ = alt_next
print(total)
class Gi:
    def __init__(self, n): self.n = n
    def __getitem__(self, i):
        if i >= self.n: raise IndexError(i)
        return i
print(sum(consume(Gi(k % 5)) for k in range(500)))
Gi.__iter__ = lambda self: iter([100])
print(consume(Gi(3)))
del Gi.__iter__
print(consume(Gi(3)))
