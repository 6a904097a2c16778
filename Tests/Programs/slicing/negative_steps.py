a = 'abcdefghij'
for start in (None, 0, 3, -3, 9, 20, -20):
    for stop in (None, 0, 5, -5, 20, -20):
        print(repr(start), repr(stop), a[start:stop:-1], a[start:stop:-3], a[start:stop:2])
