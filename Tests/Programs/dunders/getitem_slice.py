# Slicing a user object passes a slice object to __getitem__/__setitem__/__delitem__
# (start, stop and step as given, None when omitted; slice.indices normalises them).
class Seq:
    def __init__(self, n):
        self.items = list(range(n))

    def __getitem__(self, key):
        if isinstance(key, slice):
            print("slice", key.start, key.stop, key.step)
            return [self.items[i] for i in range(*key.indices(len(self.items)))]
        return self.items[key]

    def __setitem__(self, key, value):
        print("set", type(key).__name__, key.start if isinstance(key, slice) else key, value)

    def __delitem__(self, key):
        print("del", type(key).__name__)


s = Seq(10)
print(s[3])
print(s[2:6])
print(s[::3])
print(s[-3:])
print(s[8:2:-2])
s[1:4] = "x"
s[5] = "y"
del s[::2]
print(s[:])
