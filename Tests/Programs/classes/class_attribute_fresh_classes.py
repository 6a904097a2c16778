# A class attribute site that sees a new class on every call (classes made in a function, dropped
# and collected, their addresses reused): the cases guard the class's id, not its address.
def make(v):
    class K:
        X = v

        @staticmethod
        def twice():
            return v * 2

    return K


def read(k):
    return k.X + k.twice()


total = 0
for i in range(300):
    total += read(make(i))
    if i % 100 == 0:
        print(i, read(make(i)))
print(total)
