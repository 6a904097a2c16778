# Zero-argument super() in a plain function has no class to work from.
def helper():
    return super()


print("before")
helper()
