# __call__ makes instances callable: with positional, keyword and default
# arguments; callable(); instances as functions passed to map-like code.
class Adder:
    def __init__(self, n):
        self.n = n
        self.calls = 0

    def __call__(self, x, scale=1):
        self.calls += 1
        return (x + self.n) * scale


add5 = Adder(5)
print(add5(1), add5(2, 10), add5(x=3, scale=2), add5.calls)
print([add5(i) for i in range(3)], add5.calls)
print(callable(add5), callable(Adder), callable(3), callable(len))


def apply_twice(f, x):
    return f(f(x))


print(apply_twice(add5, 0))


class Compose:
    def __init__(self, *fns):
        self.fns = fns

    def __call__(self, x):
        for f in self.fns:
            x = f(x)
        return x


pipeline = Compose(Adder(1), abs, lambda v: v * 10, Adder(-3))
print(pipeline(-7))
print(sorted([3, -1, 2], key=Adder(0)))
