# A site flipping between int and float: two cases, both hit.
# statcheck: 6:12 * state=polymorphic hits>=9990 misses<=4


def scale(v, k):
    return v * k


acc = 0.0
for i in range(10000):
    if i % 2:
        acc += scale(i, 3)
    else:
        acc += scale(i * 0.5, 2.0)
print(acc)
