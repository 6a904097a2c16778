# len() of a range whose length passes sys.maxsize: OverflowError, as CPython.
print(len(range(2**63 - 1)))
print(len(range(2**63)))
