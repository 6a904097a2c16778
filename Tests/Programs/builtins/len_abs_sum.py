print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len(range(10)), len(''))
print(abs(-5), abs(5), abs(-2.5), abs(0), abs(-10 ** 30), abs(True))
print(sum([1, 2, 3]), sum([]), sum([1.5, 2.5]), sum([1, 2], 10), sum(range(100)), sum([[1], [2]], []))
print(sum([0.1] * 3), sum((2 ** 64, 2 ** 64)), sum([True, True, 3]))
