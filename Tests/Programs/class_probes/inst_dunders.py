class I:
    pass
o = I()
o.__iter__ = lambda: iter([1])
o.__next__ = lambda: 1
o.__getitem__ = lambda i: i
o.__bool__ = lambda: False
o.__eq__ = lambda x: True
o.__contains__ = lambda x: True
o.__getattr__ = lambda n: "ga"
o.__len__ = lambda: 0
o.__hash__ = lambda: 1
o.__lt__ = lambda x: True
o.__neg__ = lambda: 1
o.__str__ = lambda: "S"
o.__format__ = lambda s: "F"
o.__index__ = lambda: 1
o.__int__ = lambda: 1
o.__float__ = lambda: 1.0
o.__setitem__ = lambda k, v: None
tests = [lambda: list(o), lambda: next(o), lambda: o[1], lambda: bool(o), lambda: o == I(),
         lambda: o.zz, lambda: hash(o) == 1, lambda: o < o, lambda: -o, lambda: str(o) == "S",
         lambda: [1, 2][o], lambda: int(o), lambda: float(o)]
for i, t in enumerate(tests):
    try:
        print(i, t())
    except Exception as e:
        print(i, type(e).__name__, e)
try:
    o[1] = 2
except TypeError as e:
    print("TE", e)
