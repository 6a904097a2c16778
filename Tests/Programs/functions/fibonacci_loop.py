def fibonacci(n):
    a = 0
    b = 1
    i = 0
    while i < n:
        temp = a
        a = b
        b = temp + b
        i += 1
    return a
for n in (0, 10, 90, 93, 500):
    print(n, fibonacci(n))
