def total(a, b):
    print("adding", a)
    return a + b


total(1, "x")
