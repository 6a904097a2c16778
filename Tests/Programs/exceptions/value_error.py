for text in ["12", "x", "1.5", "", " 7 "]:
    try:
        print(int(text))
    except ValueError as e:
        print("ValueError:", e)
try:
    float("nope")
except ValueError as e:
    print(e)
try:
    [1, 2].index(5)
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
