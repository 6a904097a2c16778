data = [1, 1, 2, 2, 2, 3, 1, 1, 1, 1, 5, 5]
runs = []
start = 0
for i in range(1, len(data) + 1):
    if i == len(data) or data[i] != data[start]:
        runs.append((data[start], i - start))
        start = i
print(runs)
longest = max(runs, key=lambda r: r[1])
print('longest run', longest)
expanded = [v for v, n in runs for _ in range(n)]
print(expanded == data)
