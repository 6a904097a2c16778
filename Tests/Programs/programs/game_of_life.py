def step(grid):
    h, w = len(grid), len(grid[0])
    new = []
    for r in range(h):
        row = []
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        n += grid[(r + dr) % h][(c + dc) % w]
            row.append(1 if n == 3 or (n == 2 and grid[r][c]) else 0)
        new.append(row)
    return new
g = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
for gen in range(5):
    print('gen', gen)
    for row in g:
        print(''.join('#' if x else '.' for x in row))
    g = step(g)
print(sum(map(sum, g)))
