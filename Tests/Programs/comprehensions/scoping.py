x = 'outer'
r = [x for x in range(3)]
print(r, x)
n = 10
print([n * i for i in range(3)])
def f():
    k = 5
    return [k + j for j in range(3)]
print(f())
fns = [lambda: i for i in range(3)]
print([g() for g in fns])
