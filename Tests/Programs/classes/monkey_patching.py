# Replacing a method on the class after instances exist: every instance sees the
# new method, including in a loop that already called the old one.
class Greeter:
    def greet(self):
        return "hello"


g = Greeter()
h = Greeter()
out = []
for i in range(6):
    out.append(g.greet())
    if i == 2:
        Greeter.greet = lambda self: "bonjour"
print(out)
print(h.greet())


def polite(self):
    return "good day"


Greeter.greet = polite
print(g.greet(), h.greet())
g.greet = lambda: "instance-level"
print(g.greet(), h.greet())
del g.greet
print(g.greet())


class Sub(Greeter):
    pass


s = Sub()
print(s.greet())
Greeter.greet = lambda self: "changed on base"
print(s.greet())
Sub.greet = lambda self: "own"
print(s.greet(), g.greet())
