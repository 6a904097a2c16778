# Removals leave dummies: a later add reuses the last dummy its probe passed.
s = {1, 9}
s.remove(1)
s.add(17)
print(s)
s = set(range(0, 64, 8))
print(s)
for i in (8, 24, 40):
    s.remove(i)
print(s)
for i in (72, 88, 104, 3):
    s.add(i)
print(s)
t = set(range(20))
for i in range(0, 20, 2):
    t.discard(i)
print(t)
t.update(range(100, 130, 3))
print(t)
