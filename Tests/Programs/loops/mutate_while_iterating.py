items = [1, 2, 3, 4, 5, 6]
while items:
    x = items.pop()
    if x % 2:
        print('odd', x)
queue = [1]
seen = 0
while queue:
    v = queue.pop(0)
    seen += 1
    if v < 20:
        queue.append(v * 2)
        queue.append(v * 3)
print(seen)
lst = [1, 2, 3]
for x in lst:
    if len(lst) < 6:
        lst.append(x * 10)
print(lst)
