# Truth testing: __bool__ first, then __len__, else always true; used by if,
# while, not, and/or, bool() and filter-style comprehensions.
class Flag:
    def __init__(self, on):
        self.on = on

    def __bool__(self):
        return self.on


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return False

    def __len__(self):
        return 10


class Plain:
    pass


print(bool(Flag(True)), bool(Flag(False)), not Flag(False))
print(bool(Sized(0)), bool(Sized(3)), len(Sized(3)))
print(bool(Both()), len(Both()), bool(Plain()))
if Flag(False) or Sized(0):
    print("no")
else:
    print("both false")
print(Flag(True) and "yes", Sized(0) or "empty")
countdown = Sized(3)
while countdown:
    print("len", countdown.n)
    countdown.n -= 1
print([type(x).__name__ for x in [Flag(True), Flag(False), Sized(1), Sized(0), Plain()] if x])
x = Sized(0)
print("falsy" if not x else "truthy", x.n)
