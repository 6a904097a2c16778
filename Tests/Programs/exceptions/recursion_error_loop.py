def down(n):
    return down(n + 1)

caught = 0
for i in range(50):
    try:
        down(0)
    except RecursionError as e:
        caught += 1
        last = str(e)
print(caught, last)

def depth(n):
    try:
        return depth(n + 1)
    except RecursionError:
        return n
print(depth(0) > 100)
