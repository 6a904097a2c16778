a = 1
b = 'two'
print(a + b)
