for e in range(10, 25):
    print(e, float(10 ** e), 10.0 ** e, float(2 ** (e * 3)))
print(float(123456789012345678), float(2 ** 53), float(2 ** 53 + 1), float(2 ** 63))
print(1e15 + 0.3, 1e16 + 1, 1e16 + 2, 9007199254740993.0)
