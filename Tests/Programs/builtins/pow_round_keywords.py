# pow(base, exp, mod) and round(number, ndigits) take their arguments by keyword too, and say
# which required one is missing, as CPython.
print(pow(2, 3, mod=5), pow(base=2, exp=10), pow(3, exp=2), round(number=2.5), round(2.675, ndigits=2), round(number=7, ndigits=-1))
for f in [lambda: pow(2), lambda: pow(exp=2), lambda: round(), lambda: round(ndigits=2)]:
    try:
        print(f())
    except TypeError as e:
        print(e)
