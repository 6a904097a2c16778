errors = []
for thunk in [lambda: 1 / 0, lambda: {}["k"], lambda: [][0], lambda: int("z"), lambda: undefined_x, lambda: (1).x]:
    try:
        thunk()
    except Exception as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
