# str indexed by an int (ASCII strings inline, others through the slow path) and len inline.
# statcheck: 8:16 [] state=monomorphic hits>=20
# statcheck: 14:10 len state=monomorphic hits>=990
s = "hello, world"
u = "héllo"
out = []
for i in range(-12, 12):
    out.append(s[i])
    out.append(u[i % 5])
print(out)
print(len(s), len(u), len([1, 2]), len((1,)), len({1: 2, 3: 4}), len(range(7)), len("ü" * 3))
t = 0
for i in range(1000):
    t += len(s)
    t += len(out)
print(t)
print(s[12])
