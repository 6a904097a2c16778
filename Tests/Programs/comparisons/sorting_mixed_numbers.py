nums = [3, 1.5, True, -2, 2 ** 64, -0.5, 0, 1e20, False]
print(sorted(nums))
print(sorted(nums, reverse=True))
print(min(nums), max(nums))
print(sorted([[2, 1], [1, 9], [1, 2, 3], [], [1, 2]]))
print(sorted([(1, 'b'), (1, 'a'), (0, 'z')], reverse=True))
print(sorted(['b', 'B', 'a', 'A', '_', '1']))
