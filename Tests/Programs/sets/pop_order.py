s = set(range(10))
print([s.pop() for _ in range(5)], s)
s.add(0)
s.add(100)
print(s.pop(), s.pop(), s)
t = {7, 15, 23, 31, 3}
out = []
while t:
    out.append(t.pop())
print(out)
u = set(range(0, 64, 4))
print([u.pop() for _ in range(4)])
u.update([1, 2, 3])
print([u.pop() for _ in range(len(u))])
