pairs = {(i, j) for i in range(4) for j in range(4) if (i + j) % 3 == 0}
print(pairs)
print((1, 2) in pairs, (0, 0) in pairs)
pairs.discard((0, 0))
print(pairs)
edges = set()
for a, b in [(1, 2), (2, 1), (1, 2), (3, 4)]:
    edges.add((min(a, b), max(a, b)))
print(edges)
print({(1, (2, 3)), (1, (2, 3)), ((), ())})
