for a, b in [(1, 0), (1.5, 0.0), (7, 0), (2.0, 0)]:
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(a // b)
    except ZeroDivisionError as e:
        print("floor:", e)
    try:
        print(a % b)
    except ZeroDivisionError as e:
        print("mod:", e)
