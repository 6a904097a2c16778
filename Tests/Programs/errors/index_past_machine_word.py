# Past 2**63 an int cannot be an index at all.
print((1, 2)[-2**62:2**64])
print("abc"[2**64])
