# A monomorphic attribute load, store and method call in a loop: each site keeps its one case.
class Counter:
    def __init__(self):
        self.count = 0
        self.step = 1

    def bump(self):
        self.count = self.count + self.step


c = Counter()
for i in range(5000):
    c.bump()
print(c.count, c.step)
# statcheck: 8:22 . state=monomorphic hitrate>=99.9
# statcheck: 8:9 .= state=monomorphic hitrate>=99.9
# statcheck: 13:5 method state=monomorphic hitrate>=99.9
