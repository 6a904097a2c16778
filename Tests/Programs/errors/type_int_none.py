def nothing():
    pass
print(nothing() + 1)
