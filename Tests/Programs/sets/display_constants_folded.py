# More than two constants fold into a frozenset constant that CPython merges into the set;
# with a variable among them the items are added one by one: the two layouts differ.
print({(4, 4), 0.5, 1e10, 1313})
x = 1313
print({(4, 4), 0.5, 1e10, x})
print({0.5, 1.25, 1e10, 64, 97, 1569, 2**60 + 4, (1, 8)})
y = 64
print({0.5, 1.25, 1e10, y, 97, 1569, 2**60 + 4, (1, 8)})
print({8, 16, 24, 32, 40, 48, 1, 9})
