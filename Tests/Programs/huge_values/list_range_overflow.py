# A range longer than 2**63: OverflowError from its length.
print(len(range(2**62)))
x = list(range(2**64))
print('not reached')
