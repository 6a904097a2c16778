# An error inside __init__ called from a function: frames for <module>, the
# function and __init__.
class Ratio:
    def __init__(self, num, den):
        self.num = num
        self.value = num / den


def make(n):
    return Ratio(n, n - 3)


print(make(6).value)
make(3)
