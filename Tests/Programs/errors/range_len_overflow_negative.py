# The length is what counts, not the bounds: 2**63 items from -2**63 overflow.
print(len(range(2**64, 2**64 + 7, 3)))
print(len(range(-2**63, 0)))
