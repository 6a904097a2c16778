print('this must not be printed')
b = b'abc'
print(len(b))
