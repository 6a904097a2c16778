def fail(n):
    if n == 0: raise ValueError("bad")  # explained here
    return fail(n - 1)


fail(2)
