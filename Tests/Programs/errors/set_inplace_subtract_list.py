s = {1, 2}
s -= {1}
print(s)
s -= [2]
