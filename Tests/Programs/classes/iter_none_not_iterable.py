# A class that sets __iter__ = None is not iterable (iter(), for, in), even with __getitem__.
class NI:
    __iter__ = None
    def __getitem__(self, i): return i
for f in [lambda: iter(NI()), lambda: 3 in NI()]:
    try:
        print(f())
    except TypeError as e:
        print(e)
try:
    for x in NI():
        pass
except TypeError as e:
    print(e)
