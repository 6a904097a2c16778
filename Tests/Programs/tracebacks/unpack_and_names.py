def split(pair):
    a, b = pair
    return a


print(split((1, 2)))
split(1)
