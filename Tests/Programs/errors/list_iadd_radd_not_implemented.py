# list += x where x's class has __radd__ returning NotImplemented: the list then extends with x
# (found by adder fuzz, seed 7, program 581).
class Tag:
    def __radd__(self, other):
        if isinstance(other, str):
            return other + "!"
        return NotImplemented


class Letters(Tag):
    def __iter__(self):
        return iter("ab")


acc = [1]
acc += Letters()
print(acc, "x" + Tag())
acc += Tag()
