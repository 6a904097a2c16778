# A class with __init__ and methods that read and update instance state.
class Counter:
    def __init__(self, start):
        self.value = start

    def increment(self):
        self.value = self.value + 1

    def add(self, n):
        self.value += n
        return self.value

    def describe(self):
        return "Counter at " + str(self.value)


c = Counter(10)
print(c.value)
c.increment()
c.increment()
print(c.value)
print(c.add(5))
print(c.describe())
d = Counter(0)
print(d.value, c.value)
d.increment()
print(d.describe(), c.describe())
