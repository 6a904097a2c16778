# Too many positional arguments to a method (self counts).
class Calculator:
    def scale(self, x):
        return x * 2


c = Calculator()
print(c.scale(4))
c.scale(1, 2)
