def f(*args, **kwargs):
    return args


print(f(*"ab", x=1))
f(*5, x=1)
