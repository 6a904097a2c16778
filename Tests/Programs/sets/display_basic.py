# Set displays of constants and of computed items print in CPython's order.
print({1, 2, 3})
print({3, 2, 1})
print({8, 16, 0, 24})
print({100, 5, 37, 64, 1000, 7})
a, b = 9, 17
print({a, b, 1})
print({a})
print({-1, -2, -3, 0})
print(len({1, 1, 1, 2}))
print({1, 2} == {2, 1})
