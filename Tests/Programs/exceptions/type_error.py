cases = [lambda: 1 + "a", lambda: "a" * "b", lambda: len(5), lambda: None(), lambda: [] < 3, lambda: -"x"]
for case in cases:
    try:
        case()
    except TypeError as e:
        print("TypeError:", e)
