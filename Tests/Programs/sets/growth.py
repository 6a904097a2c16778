# Growth past several resizes (x4 each time below 50000 items).
s = set()
for i in range(0, 3000, 7):
    s.add(i * 37 % 1001)
print(len(s))
print(list(s)[:40])
print(list(s)[-20:])
big = set(range(0, 200000, 3))
print(len(big), list(big)[:10], list(big)[-5:])
u = {i * 1024 for i in range(300)}
print(list(u)[:25])
