# Zero shifted by a big negative count: the sign of the count is checked first.
print(0 >> 5)
print(0 << -2**100)
