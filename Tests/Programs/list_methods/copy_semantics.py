a = [[1, 2], [3]]
b = a.copy()
b[0].append(99)
b.append([4])
print(a, b)
c = list(a)
print(c == a, c is a)
