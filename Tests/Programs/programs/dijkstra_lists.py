graph = {
    'A': [('B', 7), ('C', 9), ('F', 14)],
    'B': [('A', 7), ('C', 10), ('D', 15)],
    'C': [('A', 9), ('B', 10), ('D', 11), ('F', 2)],
    'D': [('B', 15), ('C', 11), ('E', 6)],
    'E': [('D', 6), ('F', 9)],
    'F': [('A', 14), ('C', 2), ('E', 9)],
}
def shortest(src):
    dist = {src: 0}
    prev = {}
    done = []
    while len(done) < len(graph):
        best = None
        for node in dist:
            if node not in done and (best is None or dist[node] < dist[best]):
                best = node
        done.append(best)
        for nxt, w in graph[best]:
            nd = dist[best] + w
            if nxt not in dist or nd < dist[nxt]:
                dist[nxt] = nd
                prev[nxt] = best
    return dist, prev
dist, prev = shortest('A')
print(dist)
for target in sorted(graph):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    print(target, dist[target], '->'.join(reversed(path)))
