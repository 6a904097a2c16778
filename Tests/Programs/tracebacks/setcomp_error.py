def f(n):
    return {10 // (i - n) for i in range(5)}


print(f(7))
print(f(3))
