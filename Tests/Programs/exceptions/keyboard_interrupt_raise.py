def f():
    raise KeyboardInterrupt

try:
    f()
except Exception:
    print("not an Exception")
except KeyboardInterrupt as e:
    print("caught", repr(e))
