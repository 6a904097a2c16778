try:
    raise ValueError
except ValueError as e:
    print(repr(e), e.args)

def f():
    raise IndexError("from f")

try:
    f()
except IndexError as e:
    print(repr(e))

err = KeyError("stored")
for i in range(2):
    try:
        raise err
    except KeyError as e:
        print(e is err, repr(e))
