# Functions assigned to a class after its creation become methods; functions
# stored on an instance do not receive self.
class Box:
    def __init__(self, v):
        self.v = v


def get_v(self):
    return self.v


def scaled(self, k):
    return self.v * k


Box.get_v = get_v
Box.scaled = scaled
b = Box(6)
print(b.get_v(), b.scaled(7))
b.helper = lambda x: x + 1
print(b.helper(1))
Box.doubled = lambda self: self.v * 2
print(b.doubled(), Box(21).doubled())


class WithLambda:
    twice = lambda self, x: 2 * x
    const = 5


w = WithLambda()
print(w.twice(4), w.const)
