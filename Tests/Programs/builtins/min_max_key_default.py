words = ['pear', 'fig', 'banana', 'kiwi']
print(min(words), max(words), min(words, key=len), max(words, key=len))
print(max([], default='none'), min((), default=-1), max([0], default=5))
print(max(3, 7, key=lambda x: -x), min('a', 'B', key=str.lower))
print(max({'a': 3, 'b': 1}, key=lambda k: {'a': 3, 'b': 1}[k]))
print(max([2, 2.0]), max([2.0, 2]), min([[1, 2], [1]]))
print(max(range(10), key=lambda v: v % 4), min(range(10), key=lambda v: v % 4))
