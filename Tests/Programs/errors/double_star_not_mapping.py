def f(**kwargs):
    return kwargs


print(f(**{"a": 1}))
f(**[1])
