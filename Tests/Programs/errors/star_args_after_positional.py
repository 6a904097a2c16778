def f(*args):
    return args


print(f(1, *[2]))
f(1, *5)
