# Found by probing classes: del item message (fixed).
class N:
    pass
try:
    del N()[0]
except TypeError as e:
    print(e)
