a = {'x': 1}
b = {'y': 2}
print(a + b)
