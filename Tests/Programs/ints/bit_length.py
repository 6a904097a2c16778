# int.bit_length on small, big, negative and bool values, and through the type.
print((0).bit_length(), (1).bit_length(), (255).bit_length(), (256).bit_length())
print((-1).bit_length(), (-256).bit_length(), (2**62).bit_length(), (-2**62).bit_length())
print((2**100).bit_length(), (-(2**100) + 1).bit_length(), (10**30).bit_length())
print(True.bit_length(), False.bit_length(), int.bit_length(1023))
x = 7
f = x.bit_length
print(f(), [n.bit_length() for n in range(9)])
