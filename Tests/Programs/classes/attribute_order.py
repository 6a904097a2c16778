# Instances of one class given the same attributes in different orders, and
# different subsets: reads must find the right value whatever the layout.
class Bag:
    pass


def read(b):
    return (b.a, b.b, b.c)


x = Bag()
x.a = 1
x.b = 2
x.c = 3
y = Bag()
y.c = 30
y.b = 20
y.a = 10
z = Bag()
z.b = 200
z.a = 100
z.c = 300
for bag in [x, y, z, x, y, z]:
    print(read(bag))
w = Bag()
w.a = "only a"
print(w.a, hasattr(w, "b"))
w.b = "then b"
w.c = "then c"
print(read(w))
y.d = 4
print(read(y), y.d)
