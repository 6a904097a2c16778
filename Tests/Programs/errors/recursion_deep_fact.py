def fact(n):
    if n == 0:
        return 1
    return n * fact(n - 1)
print(len(str(fact(500))))
print(fact(100000))
