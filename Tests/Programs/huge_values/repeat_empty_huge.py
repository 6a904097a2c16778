# Repeating an empty sequence by a count in the index range gives it back empty.
print(repr('' * 2**62), [] * 2**62, () * (2**63 - 1))
x = [1]
x *= 0
print(x)
y = []
y *= 2**62
print(y)
print('' * -(2**62), [1, 2] * -(2**70 // 2**10))
