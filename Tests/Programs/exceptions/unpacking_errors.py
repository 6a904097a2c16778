for value in [[1], [1, 2, 3], 5, "ab"]:
    try:
        a, b = value
        print(a, b)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
