class Ctr:
    def __init__(self, n): self.n = n; self.i = 0
    def __iter__(self): return self
    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i
class Seq:
    def __init__(self, n): self.n = n
    def __iter__(self): return Ctr(self.n)
class GI:
    def __getitem__(self, i):
        if i >= 5: raise IndexError(i)
        return i * i
t = 0
for k in range(300):
    for x in Ctr(10): t += x
    t += sum([x for x in Seq(5)])
    t += sum({x: 1 for x in Seq(4)})
    t += len(list(Seq(3))) + len(tuple(Ctr(2)))
    for x in GI(): t += x
print(t)
a, b, c = Seq(3)
print(a, b, c, list(GI()), 16 in GI(), max(Seq(7)), sorted(Ctr(4), reverse=True))
print(list(zip(Seq(3), GI())), list(enumerate(Ctr(2))), dict(zip(Ctr(3), Seq(3))))
print(list(Seq(4)))
class BadIter:
    def __iter__(self): return 5
try:
    for x in BadIter(): pass
except TypeError as e:
    print("TE", e)
class NotIt:
    pass
try:
    iter(NotIt())
except TypeError as e:
    print("TE", e)
it = iter(Ctr(2))
print(next(it), next(it), next(it, "end"))
class Raiser:
    def __iter__(self): return self
    def __next__(self): raise ValueError("boom")
try:
    [x for x in Raiser()]
except ValueError as e:
    print("VE", e)
