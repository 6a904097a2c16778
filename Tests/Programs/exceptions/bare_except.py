for thunk in [lambda: 1 / 0, lambda: {}[0], lambda: int("q"), lambda: None]:
    try:
        thunk()
        print("no error")
    except:
        print("bare caught")
try:
    raise KeyboardInterrupt
except:
    print("bare catches BaseException too")
