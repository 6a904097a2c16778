def check(a):
    if a < 2 < "a":
        return 1
    return -a


check(1)
