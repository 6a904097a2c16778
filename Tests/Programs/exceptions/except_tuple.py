errors = (KeyError, ZeroDivisionError)
for thunk in [lambda: {}[1], lambda: 1 // 0, lambda: [][1], lambda: int("x")]:
    try:
        thunk()
    except errors as e:
        print("tuple var", type(e).__name__)
    except (IndexError, ValueError) as e:
        print("tuple literal", type(e).__name__)
try:
    [][0]
except ((KeyError), IndexError):
    print("parenthesized")
try:
    [][0]
except ():
    print("empty tuple never matches")
except IndexError:
    print("fell through")
