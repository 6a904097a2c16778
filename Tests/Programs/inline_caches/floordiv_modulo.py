# Small-int `//` and `%` run in line: by a constant power of two as a shift or a mask, by any
# other divisor with idiv, rounded toward -infinity; a zero divisor and the one quotient that
# is not a small int (-2**62 // -1) leave for the helper.
# statcheck: 15:14 // state=monomorphic hitrate>=99.9
# statcheck: 15:23 % state=monomorphic hitrate>=99.9
# statcheck: 15:31 // state=monomorphic hitrate>=99.9
# statcheck: 16:14 // state=monomorphic hitrate>=99.9
# statcheck: 16:23 % state=monomorphic hitrate>=99.9
# statcheck: 16:41 % state=monomorphic hitrate>=99.9


def mix(n):
    s = 0
    for i in range(-n, n):
        s += i // 7 + i % 7 + (i * 3) // -5 - i % -9
        s += i // 2 + i % 16 + i // 1 + i % 1
    return s


print(mix(50000))
values = [0, 1, -1, 2, -2, 3, -3, 7, -7, 100, -100, 2**62 - 1, -2**62, 2**61, -2**61 - 5, 12345678901]
table = []
for a in values:
    for b in values:
        if b != 0:
            table.append((a // b, a % b))
print(len(table), table[:6], table[-6:])
print(sum(q for q, r in table), sum(r for q, r in table))
x = -2**62
print(x // -1, x % -1, x // 1, -x // 2)
for divisor in [3, 0, 5]:
    try:
        print(100 // divisor, 100 % divisor)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
