# A descending range of 2**63 + 1 items: OverflowError.
print(len(range(2**62, -2**62, -2)))
print(len(range(2**62, -2**62 - 1, -1)))
