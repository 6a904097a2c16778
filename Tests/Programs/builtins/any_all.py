print(any([0, 0, 1]), any([0, '', None]), all([1, 'a', [0]]), all([1, 0]))
print(any('abc'), all(''), any([[]]), all([[]]), any(range(0)), all(range(1, 5)))
print(any([False, 0.0]), all([True, 1, 1.5]))
