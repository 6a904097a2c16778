a = [3, 1, 4, 1, 5]
print(a, len(a), a[0], a[-1])
a[1] = 10
print(a)
a[-1] = 'five'
print(a)
print(a + [6, 7], [0] * 3, 2 * [1, 2], [] * 10)
print([1, 2] == [1, 2], [1, 2] != [2, 1], [1, 2] < [1, 3], [1, 2] < [1, 2, 0], [] < [0])
print(1 in a, 99 in a, 99 not in a)
print(list(), list('abc'), list((1, 2)), list(range(3)))
