# A method replaced on the class mid-loop: the cached method is not called again.
class Greeter:
    def greet(self):
        return "hello"


def other(self):
    return "bye"


g = Greeter()
seen = []
for i in range(6):
    seen.append(g.greet())
    if i == 2:
        Greeter.greet = other
print(seen)
# statcheck: 14:17 method transitions=0,1,P misses.type=2
