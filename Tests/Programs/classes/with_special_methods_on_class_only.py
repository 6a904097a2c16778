# Found by probing classes: with special methods on class only (fixed).
class Inst:
    pass
o = Inst()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        print("body")
except TypeError as e:
    print(e)
