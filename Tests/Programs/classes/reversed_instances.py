# Found by probing classes: reversed instances (fixed).
class Rev:
    def __len__(self):
        return 3
    def __getitem__(self, i):
        if i >= 3:
            raise IndexError
        return i
print(list(reversed(Rev())))
class R2:
    def __reversed__(self):
        return iter("ba")
print(list(reversed(R2())))
