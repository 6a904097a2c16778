# round() with ndigits past the machine range: a float keeps its value for huge positive ndigits
# and becomes a signed zero for huge negative ones; an int is unchanged for ndigits >= 0.
print(round(1.5, 2**63), round(1.5, 2**100), round(2.5, 2**62), round(1.5, 2**62 - 1))
print(round(1.5, -2**63), round(1.5, -2**100), round(-1.5, -2**100), round(-1.5, -2**63))
print(round(1e300, -2**62), round(-0.0, -2**100))
print(round(float('inf'), 2**100), round(float('nan'), -2**100), round(float('inf'), -2**100))
print(round(1250, 2**100), round(1250, 2**62), round(1250, -30), round(1250, -100))
print(round(1.5, True), round(1250, True), round(1250, -True), round(True, -1), round(True, 2))
print(round(1250, None), round(12.5, None), round(5, -1), round(15, -1), round(1.23456, 3))
print(round(-2**70, 2**80), round(2**70, -2**6))
