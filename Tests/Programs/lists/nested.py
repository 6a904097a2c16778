m = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(m[1][2], m[-1][-1], m[0])
m[1][1] = 0
print(m)
t = [row[:] for row in m]
t[0][0] = 100
print(m[0][0], t[0][0])
print([[row[i] for row in m] for i in range(3)])
print(len(m), sum(len(r) for r in m))
flat = []
for row in m:
    flat += row
print(flat)
