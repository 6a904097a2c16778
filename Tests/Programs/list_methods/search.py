a = [5, 3, 5, 1, 5, 2]
print(a.index(5), a.index(5, 1), a.index(5, 3), a.index(2), a.index(1, 0, 4))
print(a.count(5), a.count(9), [[1], [1]].count([1]))
print(a.index(3), [1, 1.0, True].count(1))
