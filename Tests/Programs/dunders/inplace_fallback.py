# Without __iadd__, x += y falls back to __add__ (a new object); also the reflected
# __radd__ when the left side has neither.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return Vec(self.x * k * 100, self.y * k * 100)

    def __radd__(self, o):
        return Vec(self.x + o, self.y + o)

    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)


a = Vec(1, 2)
alias = a
a += Vec(10, 20)
print(a, alias, a is alias)
a *= 3
print(a)
n = 2
n *= Vec(1, 1)
print(n)
m = 5
m += Vec(1, 2)
print(m)
s = [Vec(0, 0)]
s[0] += Vec(1, 1)
print(s)
