def inv(v):
    return 1 / v


values = [inv(v) for v in [2, 1, 0]]
