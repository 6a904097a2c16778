dist = {}
for x in range(3):
    for y in range(3):
        dist[(x, y)] = abs(x - 1) + abs(y - 1)
print(dist)
print(dist[(1, 1)], (2, 2) in dist, (3, 3) in dist)
nested = {((1, 2), 'a'): 'deep'}
print(nested[((1, 2), 'a')])
print({(1,): 1, (1, 0): 2, (): 3})
