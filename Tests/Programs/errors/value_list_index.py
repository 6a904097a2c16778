a = [1, 2, 3]
print(a.index(2))
print(a.index(9))
