names = ['ann', 'bob', 'cy']
ages = [30, 25, 41]
cities = ('oslo', 'rome')
for i, (n, a) in enumerate(zip(names, ages), 1):
    print(i, n, a)
for n, a, c in zip(names, ages, cities):
    print(n, a, c)
for i, ch in reversed(list(enumerate('abc'))):
    print(i, ch)
d = dict(zip(names, ages))
for i, (k, v) in enumerate(sorted(d.items(), key=lambda kv: kv[1])):
    print(i, k, v)
total = 0
for a, b in zip(range(5), range(10, 0, -2)):
    total += a * b
print(total)
