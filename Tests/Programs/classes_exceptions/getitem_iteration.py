# The old sequence protocol: a class with only __getitem__ is iterable; iteration
# stops when __getitem__ raises IndexError.
class Squares:
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError("out of range")
        return i * i


print(list(Squares(5)))
for v in Squares(3):
    print(v)
print(4 in Squares(3), 9 in Squares(3), sum(Squares(4)))
x, y = Squares(2)
print(x, y)
