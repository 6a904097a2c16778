s = {1, 2, (3, 4), "x", 2.5}
print(1 in s, 1.0 in s, True in s, 3 in s, (3, 4) in s, "x" in s, "y" not in s, 2.5 in s)
fs = {frozenset({1, 2}), frozenset()}
print(frozenset([2, 1]) in fs, {1, 2} in fs, set() in fs, {3} in fs)
print([] in [set()], {1} in [{1}])
r = set(range(0, 100, 7))
print(sum(1 for i in range(100) if i in r))
missing = 0
for i in range(50):
    if i not in r:
        missing += 1
print(missing)
f = frozenset(range(10))
print([i for i in range(-3, 13) if i in f])
print([i for i in range(-3, 13) if i not in f])
k = 0
for probe in [1, "a", (1,), 2.0, None] * 3:
    if probe in f:
        k += 1
print(k)
