print(sorted([3, 1, 2]), sorted('cba'), sorted((2, 1)), sorted({'b': 1, 'a': 2}))
print(sorted([3, 1, 2], reverse=True), sorted(['b', 'A', 'a'], key=str.lower))
print(sorted(['ccc', 'a', 'bb'], key=len, reverse=True), sorted([]))
print(list(reversed([1, 2, 3])), list(reversed('abc')), list(reversed(range(1, 10, 3))), list(reversed(())))
original = [5, 4, 3]
s = sorted(original)
print(original, s, s is original)
