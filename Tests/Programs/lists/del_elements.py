a = ['a', 'b', 'c', 'd', 'e']
del a[1]
print(a)
del a[-1]
print(a)
del a[:]
print(a, len(a))
x = 5
del x
y = [1, 2]
z = y
del y
print(z)
