class Q:
    pass

names = ["a", "b", "c", "d", "e", "f", "g"]
objs = []
for i in range(2000):
    o = Q()
    k = i % 7
    for j in range(k):
        setattr(o, names[j], j)
    o.x = i
    objs.append(o)

def f(objs):
    s = 0
    for o in objs:
        s += o.x
        o.x = o.x + 1
    return s

print(f(objs))
print(f(objs))
for o in objs[::3]:
    del o.x
    o.y = 1
    o.x = 2
print(f(objs))
try:
    for o in objs:
        if o.x == 2:
            del o.x
        print(o.x)
except AttributeError as e:
    print("AE", e)
