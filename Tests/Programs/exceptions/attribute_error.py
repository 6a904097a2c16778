for obj in [1, "s", [1], None, (1,), {}]:
    try:
        obj.nothing
    except AttributeError as e:
        print("AttributeError:", e)
try:
    [].nope()
except AttributeError as e:
    print(e)
