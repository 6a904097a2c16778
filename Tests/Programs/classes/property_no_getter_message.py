# Found by probing classes: property no getter message (fixed).
class A:
    nog = property(None, lambda self, v: None)
try:
    A().nog
except AttributeError as e:
    print(e)
