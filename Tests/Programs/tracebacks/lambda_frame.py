f = lambda x: x + "a"
print(f(1))
