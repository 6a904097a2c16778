# Widths a program chose too large to have: CPython raises (OverflowError for a tab size past a C
# int, MemoryError for a result that cannot be allocated), catchably, and the program goes on.
for make in [lambda: "a\tb".expandtabs(10**12), lambda: "a".zfill(10**13), lambda: "ab".center(10**13),
             lambda: "x".ljust(10**13, "é"), lambda: "x".rjust(2**62)]:
    try:
        print(len(make()))
    except (OverflowError, MemoryError) as e:
        print(type(e).__name__, e)
print("a\tbc\td".expandtabs(3), "a\tb".expandtabs(0), "x\ty\n\tz".expandtabs())
print("after")
