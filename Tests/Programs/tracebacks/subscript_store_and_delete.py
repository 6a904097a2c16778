items = [1, 2, 3]
del items[0]
print(items)
items[5] = 1
