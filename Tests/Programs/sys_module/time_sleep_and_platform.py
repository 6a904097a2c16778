# time.sleep (with CPython's argument errors), time.monotonic and sys.platform.
import time, sys
t0 = time.monotonic()
time.sleep(0.01)
time.sleep(0)
print(type(time.monotonic()).__name__, time.monotonic() - t0 >= 0.01, sys.platform)
for bad in [-1, "x", float("nan")]:
    try:
        time.sleep(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
