items = [('map', 9, 150), ('compass', 13, 35), ('water', 153, 200), ('sandwich', 50, 160),
         ('glucose', 15, 60), ('tin', 68, 45), ('banana', 27, 60), ('apple', 39, 40)]
cap = 200
best = [[0] * (cap + 1) for _ in range(len(items) + 1)]
for i in range(1, len(items) + 1):
    name, w, v = items[i - 1]
    for c in range(cap + 1):
        best[i][c] = best[i - 1][c]
        if w <= c and best[i - 1][c - w] + v > best[i][c]:
            best[i][c] = best[i - 1][c - w] + v
chosen = []
c = cap
for i in range(len(items), 0, -1):
    if best[i][c] != best[i - 1][c]:
        chosen.append(items[i - 1][0])
        c -= items[i - 1][1]
print(best[-1][cap], sorted(chosen))
def lcs(a, b):
    t = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a)):
        for j in range(len(b)):
            t[i + 1][j + 1] = t[i][j] + 1 if a[i] == b[j] else max(t[i][j + 1], t[i + 1][j])
    return t[-1][-1]
print(lcs('AGGTAB', 'GXTXAYB'), lcs('kitten', 'sitting'))
