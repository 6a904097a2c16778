def level3(x):
    return 10 // x

def level2(x):
    return level3(x) + 1

def level1(x):
    return level2(x) * 2

def top(xs):
    out = []
    for x in xs:
        try:
            out.append(level1(x))
        except ZeroDivisionError as e:
            out.append(str(e))
    return out

print(top([1, 0, 5, 0, 2]))
for i in range(300):
    r = top([i % 3])
print(r)

def middle(n):
    try:
        return level1(n)
    finally:
        print("middle finally", n)

try:
    middle(0)
except ZeroDivisionError:
    print("caught two frames up")
