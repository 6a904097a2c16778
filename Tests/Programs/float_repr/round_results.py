for x in (3.14159, 2.675, 1.005, 0.5, 1.5, 2.5, 123.455, 0.045, 1e-3, 99.995):
    print(x, round(x, 2), round(x, 1), round(x), round(x, 3))
