def get_row(m, i):
    return m[i]
def get_cell(m, i, j):
    return get_row(m, i)[j]
def trace(m):
    total = 0
    for i in range(len(m) + 1):
        total += get_cell(m, i, i)
        print('partial', total)
    return total
trace([[1, 2], [3, 4]])
