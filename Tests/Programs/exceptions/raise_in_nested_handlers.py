def f(n):
    try:
        if n == 0:
            raise ValueError("zero")
        return f(n - 1)
    except ValueError as e:
        if n < 3:
            raise
        return "caught at %d: %s" % (n, e)

print(f(5))
print(f(2) if False else "skip")
try:
    f(2)
except ValueError as e:
    print("escaped", e)
