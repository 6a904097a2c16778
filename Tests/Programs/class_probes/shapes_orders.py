class P:
    pass

def make(i):
    o = P()
    if i % 3 == 0:
        o.a = i; o.b = i + 1
    elif i % 3 == 1:
        o.b = i + 1; o.a = i
    else:
        o.c = 0; o.a = i; o.b = i + 1
    return o

def total(objs):
    s = 0
    for o in objs:
        s += o.a * 2 + o.b
    return s

objs = [make(i) for i in range(3000)]
print(total(objs))
for i in range(0, 3000, 7):
    del objs[i].a
    objs[i].a = -i
print(total(objs))
for i in range(0, 3000, 11):
    delattr(objs[i], "b")
    setattr(objs[i], "b", 5)
print(total(objs))
for o in objs[:5]:
    print(sorted(vars(o).items()))
