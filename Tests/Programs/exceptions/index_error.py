items = [1, 2, 3]
for i in [0, 3, -4, 10]:
    try:
        print(items[i])
    except IndexError as e:
        print("IndexError:", e)
try:
    (1, 2)[5]
except IndexError as e:
    print(e)
try:
    "abc"[9]
except IndexError as e:
    print(e)
try:
    [].pop()
except IndexError as e:
    print(e)
