def primes(n):
    composite = set()
    for i in range(2, n):
        if i not in composite:
            composite.update(range(i * i, n, i))
    return sorted(set(range(2, n)) - composite)

print(primes(60))

def reachable(graph, start):
    seen = {start}
    todo = [start]
    while todo:
        node = todo.pop()
        for nxt in graph.get(node, ()):
            if nxt not in seen:
                seen.add(nxt)
                todo.append(nxt)
    return seen

g = {1: [2, 3], 2: [4], 3: [4, 5], 5: [1], 6: [7]}
print(reachable(g, 1), reachable(g, 6))
text = "the quick brown fox jumps over the lazy dog"
print(len(set(text) - {" "}))
print(sorted(set("hello") & set("world")))
print(sorted({w for w in text.split() if len(w) > 3}))
