# reverse= must be an int: None is a TypeError.
print(sorted([2, 1], reverse=2))
print(sorted([2, 1], reverse=None))
