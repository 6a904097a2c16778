# getattr (with a default), setattr, hasattr and delattr on instances and classes.
class Thing:
    kind = "thing"

    def __init__(self):
        self.a = 1

    def hello(self):
        return "hello"


t = Thing()
print(getattr(t, "a"), getattr(t, "kind"), getattr(t, "missing", "default"))
print(getattr(t, "hello")())
setattr(t, "b", 2)
print(t.b, hasattr(t, "b"), hasattr(t, "c"))
name = "dyn"
setattr(t, name + "amic", [1, 2])
print(t.dynamic)
delattr(t, "a")
print(hasattr(t, "a"), getattr(t, "a", None))
setattr(Thing, "kind", "changed")
print(t.kind, Thing.kind)
print(hasattr(Thing, "hello"), hasattr(Thing, "b"))
del t.b
print(hasattr(t, "b"))
t.kind = "mine"
print(t.kind)
del t.kind
print(t.kind)
for attr in ["x", "y", "z"]:
    setattr(t, attr, len(attr) * 10)
print(t.x + t.y + t.z, getattr(t, "y"))
