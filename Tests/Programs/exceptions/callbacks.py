def bad_key(v):
    if v == 3:
        raise ValueError("no threes")
    return -v

try:
    sorted([1, 2, 3, 4], key=bad_key)
except ValueError as e:
    print("sorted:", e)

try:
    list(map(lambda v: 10 // v, [1, 2, 0]))
except ZeroDivisionError as e:
    print("map:", e)

try:
    max([1, 2, 3], key=lambda v: [][v])
except IndexError as e:
    print("max:", e)

try:
    list(filter(lambda v: v.missing, [1]))
except AttributeError as e:
    print("filter:", e)

print(sorted([4, 1, 2], key=bad_key))
for i in range(100):
    try:
        sorted([5, 3], key=bad_key)
        ok = True
    except ValueError:
        ok = False
print(ok)
