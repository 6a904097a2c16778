# Found by probing classes: in non iterable instance message (fixed).
class I:
    pass
for x in (5, I()):
    try:
        1 in x
    except TypeError as e:
        print(e)
