def show(x):
    print(x.upper())
    return x.nope()


show("a")
