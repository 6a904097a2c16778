def f():
    try:
        [][1]
    except IndexError as e:
        err = e
    raise err

f()
