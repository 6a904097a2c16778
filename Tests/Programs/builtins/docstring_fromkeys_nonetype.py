"""A module docstring is __doc__."""
# Small CPython behaviours: the module docstring in __doc__, a built-in class method through an
# instance ({}.fromkeys), NoneType() is None.
print(__doc__)
d = {}
print(d.fromkeys("ab"), d.fromkeys([1], 0), type(None)(), __doc__)
f = {1: 2}.fromkeys
print(f("xy", 1))
try:
    type(None)(1)
except TypeError as e:
    print(e)
