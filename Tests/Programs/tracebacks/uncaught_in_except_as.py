def handler():
    try:
        raise KeyError("a")
    except KeyError as e:
        print(e.args[5])

handler()
