# A count past 64 bits: OverflowError, the count is not index-sized.
print([1] * 2)
x = [0] * 2**63
print('not reached')
