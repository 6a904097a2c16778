people = [('Ann', 31, 5.5), ('bob', 25, 6.1), ('Cid', 31, 5.9), ('dee', 19, 5.5)]
print(sorted(people, key=lambda p: p[1]))
print(sorted(people, key=lambda p: (p[2], p[0].lower())))
print(sorted(people, key=lambda p: -p[1]))
print(max(people, key=lambda p: p[2])[0], min(people, key=lambda p: (p[1], p[0]))[0])
print(list(map(lambda p: p[0].upper(), people)))
by_age = {}
for p in people:
    by_age.setdefault(p[1], []).append(p[0])
print(sorted(by_age.items(), key=lambda kv: kv[0], reverse=True))
