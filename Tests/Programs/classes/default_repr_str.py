# The default __repr__ and __str__: '<__main__.C object at 0x...>' (the address varies,
# so only its shape is printed).
class C:
    pass


class D(C):
    def __init__(self):
        self.x = 1


c = C()
d = D()
r = repr(c)
print(r.startswith("<__main__.C object at 0x"), r.endswith(">"))
print(str(c) == repr(c), str(d) == repr(d))
print(repr(d).startswith("<__main__.D object at 0x"))
print(f"{c}" == repr(c), "%s" % c == repr(c), "%r" % d == repr(d))
print(repr([c]) == "[" + repr(c) + "]")
print(str(c) != str(C()))
