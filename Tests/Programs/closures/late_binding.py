fs = []
for i in range(3):
    fs.append(lambda: i)
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
def make(n):
    return lambda x: x * n
hs = [make(k) for k in range(1, 4)]
print([h(10) for h in hs])
x = 'global'
def reader():
    return x
x = 'changed'
print(reader())
