x = 1.0
for i in range(25):
    print(i, x, -x, 1 / x)
    x *= 10
