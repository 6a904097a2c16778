print(int('123'))
print(int('abc'))
