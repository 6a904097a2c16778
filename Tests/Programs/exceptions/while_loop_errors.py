i = 0
caught = []
while i < 10:
    try:
        if i % 4 == 0:
            raise ValueError(i)
        i += 1
        continue
    except ValueError as e:
        caught.append(e.args[0])
        i += 1
print(caught)

n = 0
while True:
    try:
        n += 1
        [1, 2][n]
    except IndexError:
        break
print(n)
