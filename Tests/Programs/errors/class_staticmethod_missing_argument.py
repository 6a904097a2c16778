# A static method called without its argument.
class Util:
    @staticmethod
    def double(x):
        return x * 2


print(Util.double(3))
Util.double()
