# Methods returning closures over self and over their arguments; methods calling
# other methods; recursion through self.
class Multiplier:
    def __init__(self, k):
        self.k = k

    def make(self, offset):
        def apply(x):
            return x * self.k + offset

        return apply

    def apply_all(self, xs):
        f = self.make(0)
        return [f(x) for x in xs]

    def fact(self, n):
        if n <= 1:
            return 1
        return n * self.fact(n - 1)


m = Multiplier(3)
f = m.make(1)
print(f(2), f(10))
m.k = 5
print(f(2))
print(m.apply_all([1, 2, 3]))
print(m.fact(10))
counter_fns = [Multiplier(i).make(i) for i in range(4)]
print([fn(1) for fn in counter_fns])
