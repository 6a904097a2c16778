# TypeErrors from operators on user classes, caught and printed.
class A:
    def __lt__(self, o):
        return NotImplemented


class B:
    pass


class OnlyEq:
    def __eq__(self, o):
        return True


tests = [
    lambda: A() + B(),
    lambda: A() < B(),
    lambda: B()(),
    lambda: len(B()),
    lambda: B()[0],
    lambda: -B(),
    lambda: hash(OnlyEq()),
    lambda: {OnlyEq(): 1},
]
for t in tests:
    try:
        t()
        print("no error")
    except TypeError as e:
        print("TypeError:", e)
