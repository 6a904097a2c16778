# The 4300-digit limit on int-to-decimal conversions applies to %d and format specs too (hex is
# unlimited), exactly at the edge.
import sys
big = 10**5000
for f in [lambda: "%d" % big, lambda: "%i" % -big, lambda: format(big, ","), lambda: f"{big:>10}", lambda: f"{big}", lambda: f"{big:n}",
          lambda: "%x" % big, lambda: format(big, "x"), lambda: format(10**4299, "d"), lambda: format(-10**4299 + 1, "_"), lambda: "%d" % (10**4300 - 1)]:
    try:
        print(len(f()))
    except ValueError as e:
        print("ValueError", str(e)[:40])
