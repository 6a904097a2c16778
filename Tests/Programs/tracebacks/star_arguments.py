def f(*args):
    return args


print(f(*[1, 2]))
f(*5)
