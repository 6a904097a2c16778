def f():
    nonlocal y
    y = 1
print(f())
