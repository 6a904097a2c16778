x = 0
assert x >= 0
assert x > 0 and x < 5, "x is " + str(x)
