# A float rounded with float ndigits: TypeError.
print(round(1.5, 2**63))
print(round(1.5, 1.0))
