records = [('alice', 3), ('bob', 1), ('carol', 3), ('dave', 2), ('eve', 1), ('frank', 2)]
by_score = sorted(records, key=lambda r: r[1])
print(by_score)
by_score_desc = sorted(records, key=lambda r: r[1], reverse=True)
print(by_score_desc)
print(sorted(records, key=lambda r: (-r[1], r[0])))
print(sorted([3, 1, 2], key=lambda x: 0))
print(sorted([-3, 1, -2, 2, 3, -1], key=abs))
print(sorted([-3, 1, -2, 2, 3, -1], key=abs, reverse=True))
