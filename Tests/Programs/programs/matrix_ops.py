def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    return [[sum(a[i][k] * b[k][j] for k in range(inner)) for j in range(cols)] for i in range(rows)]
def transpose(m):
    return [list(r) for r in zip(*m)]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def mat_pow(m, e):
    result = identity(len(m))
    while e:
        if e & 1:
            result = matmul(result, m)
        m = matmul(m, m)
        e >>= 1
    return result
a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print(matmul(a, b))
print(transpose(a))
print(mat_pow([[1, 1], [1, 0]], 100)[0][1])
f = [[0.5, 0.25], [0.125, 1.0]]
print(matmul(f, f))
for row in matmul(identity(3), [[1, 2, 3], [4, 5, 6], [7, 8, 9]]):
    print(' '.join(str(x).rjust(3) for x in row))
