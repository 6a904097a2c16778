# __len__ must not return a negative number.
class Neg:
    def __len__(self):
        return -1


print("before")
len(Neg())
