s = {1, 2, 3}
for x in s:
    s.discard(x)
    s.add(x)
print(sorted(s))
it = iter({1, 2})
print(next(it))
