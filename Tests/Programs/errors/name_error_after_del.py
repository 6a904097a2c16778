v = 1
del v
print(v)
