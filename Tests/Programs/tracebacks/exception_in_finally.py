def f():
    try:
        1 / 0
    finally:
        print("cleanup")
        undefined_name

f()
