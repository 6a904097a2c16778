# `+=` on an int and None: CPython says "for +=:", not "for +:".
def grow(total, x):
    total += x
    return total


t = 0.5
for i in range(50):
    t = grow(t, 1.25)
print(t)
grow(t, None)
