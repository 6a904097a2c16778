# Assigning e.args replaces the exception's arguments (any iterable, kept as a tuple); str and
# repr follow.
e = ValueError("x")
e.args = ("y", 2)
print(e.args, e, repr(e))
e.args = [3]
print(e.args, e)
class MyError(Exception):
    pass
m = MyError("a")
m.args = ()
print(m.args, repr(m), str(m) == "")
try:
    e.args = 5
except TypeError as t:
    print(t)
