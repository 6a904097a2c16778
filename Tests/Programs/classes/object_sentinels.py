# Found by probing classes: object sentinels (fixed).
o = object()
print(type(o).__name__)
