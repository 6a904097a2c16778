# C99 pow special cases as CPython follows them: 0.0 ** -inf is inf, (-1) ** inf and 1 ** nan
# are 1.0, infinities and signed zeros by the parity of the exponent; int bases too.
inf = float('inf'); nan = float('nan')
cases = [(0.0, -inf), (-0.0, -inf), (0.0, inf), (-0.0, inf), (-1.0, inf), (-1.0, -inf), (1.0, nan), (1.0, inf), (1.0, -inf),
 (nan, 0.0), (nan, -0.0), (inf, 0.0), (0.5, inf), (0.5, -inf), (2.0, inf), (2.0, -inf), (-0.5, inf), (-0.5, -inf), (-2.0, inf), (-2.0, -inf),
 (inf, 2.0), (inf, -2.0), (inf, 3.0), (-inf, 3.0), (-inf, 2.0), (-inf, -3.0), (-inf, -2.0), (-inf, 0.5), (-inf, -0.5), (inf, 0.5), (inf, -0.5),
 (-inf, inf), (-inf, -inf), (inf, inf), (inf, -inf), (nan, 1.0), (nan, nan), (1.0, 0.0), (0.0, 0.0), (-0.0, 3.0), (-0.0, 2.0), (-0.0, 0.5),
 (0.0, 3.0), (nan, inf), (inf, nan), (-1.0, nan), (-1.5, 2.0), (-1.5, 3.0), (-1.5, -inf), (1.5, 2.0)]
for a, b in cases:
    print(a, b, a ** b, pow(a, b))
for a, b in [(-1, inf), (1, nan), (1, inf), (1, -inf), (-1, -inf), (0, -inf), (0, inf), (2, nan), (nan, 0), (inf, 0), (0, nan)]:
    print(a, b, a ** b, pow(a, b))
print(0 ** -inf, (-0.0) ** -inf, pow(0, -inf), pow(-0.0, float('-inf')))
x = 0.0
x **= -inf
print(x)
