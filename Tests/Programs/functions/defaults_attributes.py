# A function's __defaults__ and __kwdefaults__ (None when there are none).
def f(a, b=[1], *, c=2, d, e=None):
    pass
def g(x, *args, k=3, **kw):
    pass
def h():
    pass
print(f.__defaults__, f.__kwdefaults__, g.__defaults__, g.__kwdefaults__, h.__defaults__, h.__kwdefaults__)
print((lambda p=1, q=2: 0).__defaults__)
