def show(*args, **kwargs):
    print(args, kwargs, list(kwargs))
show(z=1, a=2, m=3)
show(1, 2, b=1, **{'y': 2, 'x': 3})
def f(a, b, c=3, *d, e, f=6, **g):
    return [a, b, c, d, e, f, g]
print(f(1, 2, e=5))
print(f(1, 2, 3, 4, 5, e=0, zz=9, f=7))
print(f(e=1, b=2, a=3))
def count(*xs):
    return len(xs)
print(count(*range(100)), count(*'hello', *[1, 2]))
