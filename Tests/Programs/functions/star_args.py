def f(*args):
    return args
print(f(), f(1), f(1, 2, 3))
def g(a, b=0, *rest, **kw):
    return a, b, rest, kw
print(g(1))
print(g(1, 2, 3, 4, x=5, y=6))
print(g(*[1, 2, 3]))
print(g(*(9,), **{'z': 0}))
def h(**kw):
    return kw
print(h(), h(a=1, b=2))
args = [1, 2]
kwargs = {'c': 3}
def three(a, b, c):
    return a * 100 + b * 10 + c
print(three(*args, **kwargs), three(*args, c=9), three(1, *[2, 3]), three(*'123'))
print(three(**{'a': 1, 'b': 2, 'c': 3}), three(*[1], *[2], **{'c': 4}))
print(max(*[3, 9, 2]), print(*['a', 'b'], sep='-'))
