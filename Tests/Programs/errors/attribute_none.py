def find(items, target):
    for i in items:
        if i == target:
            return i
result = find([1, 2], 3)
print(result.value)
