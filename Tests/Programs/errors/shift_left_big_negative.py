# A left shift by a negative count past the small-int range: ValueError, not OverflowError.
print(0 << 2**62)
print(1 << -2**63)
