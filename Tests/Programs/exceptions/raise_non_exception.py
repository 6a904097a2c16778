for value in [5, "text", None, int, [ValueError]]:
    try:
        raise value
    except TypeError as e:
        print(type(value).__name__, "->", e)
