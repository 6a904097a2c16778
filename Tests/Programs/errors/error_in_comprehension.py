vals = [4, 2, 0, 1]
print([10 // v for v in vals])
