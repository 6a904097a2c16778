table = {"a": [1, 2]}
print(table["a"][0])
y = table["a"][7]
