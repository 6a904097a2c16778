def nothing():
    pass
print(nothing())
for i in range(3):
    pass
print(i)
x = 10
del x
x = 'recreated'
print(x)
a, b = 1, 2
del a, b
d = {'k': 1, 'j': 2}
del d['k']
print(d)
