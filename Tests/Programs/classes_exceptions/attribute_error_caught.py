# AttributeError from instances and classes caught, with its message; getattr
# with a default does not raise.
class Thing:
    kind = "thing"

    def __init__(self):
        self.a = 1


t = Thing()
for name in ["a", "kind", "b"]:
    try:
        print(name, getattr(t, name))
    except AttributeError as e:
        print("AttributeError:", e)
try:
    Thing.missing
except AttributeError as e:
    print(e)
try:
    t.missing_method()
except AttributeError as e:
    print(e)
try:
    del t.b
except AttributeError as e:
    print(e)
print(getattr(t, "b", "fallback"))
