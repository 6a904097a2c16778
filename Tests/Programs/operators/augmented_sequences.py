lst = [1]
alias = lst
lst += (2, 3)
lst += 'ab'
lst += range(2)
print(lst, alias is lst)
lst *= 2
print(alias)
lst *= 0
print(alias, lst is alias)
s = 'ab'
t = s
s += 'cd'
print(s, t)
tup = (1,)
tup2 = tup
tup += (2,)
print(tup, tup2)
n = 5
m = n
n += 1
print(n, m)
d = {'k': [1]}
d['k'] += [2]
d['k'] *= 2
print(d)
grid = [[1, 2], [3, 4]]
grid[1][0] += 10
grid[-1] += [5]
print(grid)
