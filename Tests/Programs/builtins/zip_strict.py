# zip(..., strict=True): arguments of different lengths raise CPython's ValueError, naming which.
print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=True)), list(zip([1], strict=False)))
for args in [([1, 2], [3]), ([1], [2, 3]), ([1, 2], [3, 4], [5]), ([1], [2], [3, 4]), ([], [1]), ([1, 2], [])]:
    try:
        print(list(zip(*args, strict=True)))
    except ValueError as e:
        print(e)
print(list(zip([1, 2, 3], "ab")))
