for a in (0, 1, '', 'x'):
    for b in (None, [], [1]):
        print(repr(a), repr(b), a and b, a or b, not a and b, not (a or b), a and not b)
x = 5
print(x > 1 and x < 10 or x == 100, x < 1 or x > 3 and x < 4, not x == 5 or x)
