# Found by probing classes: class introspection (fixed).
class A:
    f = str.upper
    def __eq__(self, o):
        return True
class B:
    pass
tests = [
    lambda: A().f(),                       # str.upper is a method descriptor: binding checks the type
    lambda: A().__ne__(1),                 # object.__ne__ inverts __eq__
    lambda: B().__lt__(B()),               # object's rich comparisons exist as methods
    lambda: B.__class__.__name__,          # a class's class is type
    lambda: B.__dict__["__module__"],      # the namespace holds __module__
]
for i, t in enumerate(tests):
    try:
        print(i, repr(t()))
    except Exception as e:
        print(i, type(e).__name__, e)
B.__qualname__ = "Q"
print(B)
