# Float cases: inline and boxed floats, ints mixed in, NaN and infinities, zero division guards.
vals = [0.0, -0.0, 1.5, -2.25, 1e300, 1e-300, 5e-324, float('inf'), float('-inf'), float('nan'), 3, -7, 2**52 + 1, 1e38, 3e38, 1.2e-38]
out = []
for a in vals:
    for b in vals:
        if type(a) == int and type(b) == int:
            continue
        out.append(a + b)
        out.append(a - b)
        out.append(a * b)
        if b != 0:
            out.append(a / b)
        out.append(a < b)
        out.append(a <= b)
        out.append(a == b)
        out.append(a != b)
        out.append(a > b)
        out.append(a >= b)
        if a < b:
            out.append('lt')
        if a >= b:
            out.append('ge')
        if a == b:
            out.append('eq')
print(len(out))
print(out)
x = 0.1
for i in range(1000):
    x = x * 1.0001 + 0.5 - i / 7
print(x, repr(x))
