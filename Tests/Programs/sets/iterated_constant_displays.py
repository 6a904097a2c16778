# A set display of constants that a for loop or comprehension iterates, or that `in` tests, is a
# frozenset constant in CPython: it iterates in that frozenset's order, which can differ from
# the order the same display prints in.
for x in {24, 8, 16, 0, 40, 48}:
    print(x, end=" ")
print()
print(list({24, 8, 16, 0, 40, 48}))
for x in {(4, 4), 0.5, 1e10, 1313, 17}:
    print(x, end=" ")
print()
print([x for x in {32, 64, 0, 96, 128}], {32, 64, 0, 96, 128})
print([(a, b) for a in {8, 0} for b in {16, 0, 8}])
print(3 in {1, 2, 3}, 5 not in {1, 2}, [x for x in range(10) if x in {2, 3, 40}])
print(1 < 2 in {2, 3}, 2 in {2, 3} == True)
vowels = 0
for c in "the quick brown fox jumps over the lazy dog" * 100:
    if c in {"a", "e", "i", "o", "u"}:
        vowels += 1
print(vowels)
n = 5
print([x for x in {n, 1, 2}], n in {5, 6}, [1] not in [{1}])
