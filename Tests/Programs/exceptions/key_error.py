d = {"a": 1}
for key in ["a", "b", 3, (1, 2), ""]:
    try:
        print(d[key])
    except KeyError as e:
        print("KeyError", repr(e), str(e), e.args)
try:
    d.pop("zz")
except KeyError as e:
    print(repr(e))
try:
    del d["q"]
except LookupError as e:
    print("lookup", type(e).__name__, e)
