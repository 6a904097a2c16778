# An augmented assignment names its own operator in the TypeError ("for -=:"), from a hot site
# that ran ints first (the JIT's cached case misses, the generic path raises).
def step(total, x):
    total -= x
    return total


t = 0
for i in range(100):
    t = step(t, i)
print(t)
step(t, "oops")
