# A right shift by a big negative count: ValueError.
print(5 >> 2**100)
print(5 >> -2**63)
