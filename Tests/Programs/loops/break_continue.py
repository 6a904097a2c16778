for i in range(10):
    if i % 2 == 0:
        continue
    if i > 7:
        break
    print('odd', i)
i = 0
while True:
    i += 1
    if i < 3:
        continue
    if i == 6:
        break
    print('while', i)
for i in range(3):
    for j in range(3):
        if j == i:
            break
        print(i, j)
    else:
        print('inner done', i)
