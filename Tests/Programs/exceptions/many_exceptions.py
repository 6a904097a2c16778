count = 0
for i in range(20000):
    try:
        raise ValueError(i)
    except ValueError as e:
        count += 1
print(count)

def f(i):
    try:
        return [0][i]
    except IndexError:
        return -1
print(sum(f(i % 2) for i in range(10000)))
