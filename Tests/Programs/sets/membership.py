s = {1, 2, (3, 4), "x", 2.5}
print(1 in s, 1.0 in s, True in s, 3 in s, (3, 4) in s, "x" in s, "y" not in s, 2.5 in s)
fs = {frozenset({1, 2}), frozenset()}
print(frozenset([2, 1]) in fs, {1, 2} in fs, set() in fs, {3} in fs)
print([] in [set()], {1} in [{1}])
r = set(range(0, 100, 7))
print(sum(1 for i in range(100) if i in r))
