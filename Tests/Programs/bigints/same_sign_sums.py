# Big-int sums of the same sign take mpn_add into inline limbs; mixed signs and huge sums the
# general path. Every pair of a mixed list, both orders, and a Fibonacci run past 64 limbs.
import sys
vals = [2**62, 2**63 - 1, 2**64, 2**64 - 1, 2**127 + 12345, 3**200, -(2**62) - 1, -(2**64), -(3**150), 2**4000, -(2**3990) - 7]
out = []
for a in vals:
    for b in vals:
        out.append(a + b)
        out.append(b + a)
print(sum(out) % 1000000007, len(out))
a, b = 0, 1
for i in range(700):
    a, b = b, a + b
print(a % 10**30, b.bit_length())
x = -(2**100)
for i in range(5):
    x = x + x
print(x)
