for value in [5, "text", [1], None]:
    try:
        with value:
            print("never")
    except TypeError as e:
        print(e)
