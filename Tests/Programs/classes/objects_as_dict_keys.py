# Objects with __eq__ and __hash__ work as dict keys: equal objects find the same entry.
class Coord:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __eq__(self, other):
        return isinstance(other, Coord) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __repr__(self):
        return "Coord(%d, %d)" % (self.x, self.y)


grid = {}
for x in range(3):
    for y in range(2):
        grid[Coord(x, y)] = x * 10 + y
print(len(grid))
print(grid[Coord(2, 1)], grid[Coord(0, 0)])
print(Coord(1, 1) in grid, Coord(5, 5) in grid)
grid[Coord(1, 1)] = "updated"
print(len(grid), grid[Coord(1, 1)])
print(grid.get(Coord(9, 9), "none"))
del grid[Coord(0, 0)]
print(list(grid.keys())[:2])
print(hash(Coord(3, 4)) == hash(Coord(3, 4)), Coord(3, 4) == Coord(3, 4))
counts = {}
for c in [Coord(0, 1), Coord(0, 1), Coord(2, 2), Coord(0, 1)]:
    counts[c] = counts.get(c, 0) + 1
print(counts)
