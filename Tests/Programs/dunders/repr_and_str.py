# __repr__ and __str__: which one each operation uses.
class Both:
    def __repr__(self):
        return "R"

    def __str__(self):
        return "S"


b = Both()
print(b, str(b), repr(b), f"{b}", f"{b!r}", "%s%r" % (b, b))
print([b], (b, b), {"k": b}, {1: [b]})
print(str([b]), repr([b]), repr("x"), repr(b) + str(b))
print("-".join([str(b), repr(b)]))
print(f"{b!s:>4}|{b!r:<3}|")
