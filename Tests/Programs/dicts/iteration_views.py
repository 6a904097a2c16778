d = {'one': 1, 'two': 2, 'three': 3}
for k, v in d.items():
    print(k, v)
for v in d.values():
    print(v)
ks = d.keys()
d['four'] = 4
print(len(ks), 'four' in ks, list(ks))
print(sorted(d.values()), sum(d.values()), max(d), max(d, key=d.get))
print(list(reversed(d)), list(reversed(d.items())))
print(list(enumerate(d)))
