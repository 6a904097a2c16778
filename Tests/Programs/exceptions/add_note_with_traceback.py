# BaseException.add_note (notes print after the message line of an uncaught exception) and
# with_traceback, as CPython 3.11.
try:
    raise SystemExit(3)
except SystemExit as e:
    print(e.code)
try:
    raise ValueError("a")
except ValueError as e:
    print(e.with_traceback(None) is e)
    e.add_note("note")
    e.add_note("second note")
    print(e.__notes__)
try:
    ValueError().add_note(3)
except TypeError as e:
    print(e)
def f():
    err = KeyError("k")
    err.add_note("while looking up k")
    raise err
f()
