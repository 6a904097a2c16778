a = [1, 2, 3]
b = a
b += [4, 5]
print(a, b, a is b)
c = a
c = c + [6]
print(a, c, a is c)
d = a[:]
d.append(7)
print(a, d)
e = a
e *= 2
print(a, e is a)
grid = [[0] * 3] * 2
grid[0][0] = 1
print(grid)
grid2 = [[0] * 3 for _ in range(2)]
grid2[0][0] = 1
print(grid2)
def mutate(lst):
    lst.append('x')
    lst = ['new']
    lst.append('y')
    return lst
orig = [1]
print(mutate(orig), orig)
