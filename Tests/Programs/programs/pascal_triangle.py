row = [1]
for i in range(12):
    print(' '.join(str(x) for x in row).center(60).rstrip())
    row = [a + b for a, b in zip([0] + row, row + [0])]
print(sum(row), row[len(row) // 2])
