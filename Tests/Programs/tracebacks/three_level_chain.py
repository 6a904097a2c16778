try:
    1 / 0
except ZeroDivisionError:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
