# The six rich comparisons defined on a class, including chained comparisons.
class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def key(self):
        return (self.major, self.minor)

    def __eq__(self, o):
        return self.key() == o.key()

    def __ne__(self, o):
        return self.key() != o.key()

    def __lt__(self, o):
        return self.key() < o.key()

    def __le__(self, o):
        return self.key() <= o.key()

    def __gt__(self, o):
        return self.key() > o.key()

    def __ge__(self, o):
        return self.key() >= o.key()

    def __hash__(self):
        return hash(self.key())

    def __repr__(self):
        return "v%d.%d" % (self.major, self.minor)


a = Version(1, 2)
b = Version(1, 10)
c = Version(1, 2)
print(a == b, a == c, a != b, a != c)
print(a < b, a <= c, a > b, a >= c, b > a, b >= b)
print(a < b < Version(2, 0), a < b < Version(1, 3))
print(a is c, a == c)
if a < b:
    print("a older")
while a < b:
    a = Version(a.major, a.minor + 4)
print(a)
