d = {1: 2}
print(d.keys() | {3})
print(d.values() | {1})
