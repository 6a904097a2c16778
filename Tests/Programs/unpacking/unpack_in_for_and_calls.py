points = [(1, 2), (3, 4), (5, 6)]
for x, y in points:
    print(x * y, end=' ')
print()
xs, ys = zip(*points)
print(xs, ys)
def dist2(x, y):
    return x * x + y * y
print([dist2(*p) for p in points])
first, *_, last = range(10)
print(first, last)
record = ('Ann', 30, ('Oslo', 'NO'))
name, age, (city, country) = record
print(f'{name} ({age}) from {city}, {country}')
a = b = c = None
a, (b, *c) = 1, [2, 3, 4]
print(a, b, c)
