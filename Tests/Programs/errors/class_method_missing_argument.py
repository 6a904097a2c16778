# Calling a method without a required argument: the message names C.f.
class Calculator:
    def scale(self, x):
        return x * 2


c = Calculator()
print(c.scale(4))
c.scale()
