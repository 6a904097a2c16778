s = {30, 10, 20}
for x in s:
    print(x)
print(list(s), tuple(s), sorted(s), sorted(s, reverse=True))
print(sum(s), min(s), max(s), len(s), bool(s), bool(set()))
a, b, c = s
print(a, b, c)
first, *rest = {5, 1, 3}
print(first, rest)
print([x * 2 for x in s], list(enumerate({7, 8})), list(zip({1, 2}, "ab")))
print(", ".join(sorted({"b", "c", "a"})))
it = iter({1, 2})
print(dict.fromkeys({3, 1}))
print(any({0, 1}), all({0, 1}), list(map(str, {4, 2})), list(filter(None, {0, 6})))
