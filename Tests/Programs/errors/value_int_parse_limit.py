s = '1' * 4301
print(len(s))
print(int(s))
