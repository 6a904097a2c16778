# An index past the 63-bit small ints but inside a machine word is only out of range for
# CPython (IndexError: list index out of range), not "cannot fit 'int' into an index-sized
# integer" (that is for indexes past 2**63). Found by `adder fuzz`.
def get(xs, i):
    return xs[i]


data = [1, 2, 3]
for i in range(60):
    get(data, i % 3)
print(data.index(3, -2**63, 2**62), [4, 5][-2**62:2**62])
get(data, 2**62)
