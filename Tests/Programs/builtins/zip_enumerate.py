print(list(zip('abc', [1, 2, 3])))
print(list(zip([1, 2], [3, 4, 5], 'xyz')))
print(list(zip()), list(zip([])), list(zip([1, 2])))
print(list(enumerate(['a', 'b']))), print(list(enumerate('xy', 5)), list(enumerate([], 1)))
names = ['x', 'y']
vals = [1, 2]
print(dict(zip(names, vals)))
pairs = [(1, 'a'), (2, 'b')]
nums, lets = zip(*pairs)
print(nums, lets)
print(list(enumerate(zip('ab', 'cd'), start=-1)))
