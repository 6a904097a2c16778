print('this must not be printed')
s = {1, 2, 3}
print(len(s))
