xs = [5, 13, 21]
print({*xs})
print({0, *xs, 8})
print({*range(4), *(10, 20), 3})
print({*{1, 2}, *frozenset([3])})
print({*"", 1})
print({*{}, *[]})
