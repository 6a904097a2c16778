try:
    try:
        1 / 0
    except 5:
        print("never")
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except (ZeroDivisionError, "x"):
        print("never")
except TypeError as e:
    print(e)
try:
    try:
        1 / 0
    except int:
        print("never")
except TypeError as e:
    print(e)
