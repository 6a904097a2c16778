# An object with __getitem__ is a mapping for % formatting: %(key)s indexes it, and a format
# without specifiers ignores it; one without __getitem__ is not.
class V:
    def __getitem__(self, k): return k * 2
print(repr("abc" % V()), "%(x)s-%(yz)s" % V())
class W:
    pass
try:
    print("abc" % W())
except TypeError as e:
    print(e)
print("%s" % V() != "")
