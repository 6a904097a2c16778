# Float cases at the edges of the inline range: zeros, -0.0, tiny, huge, inf and nan operands and
# results (decoded and boxed on the cases' deferred paths), compared and combined in every pair.
def mix(xs, ys):
    out = []
    for x in xs:
        for y in ys:
            out.append((x + y, x - y, x * y, x < y, x == y, x >= y))
    return out
vals = [0.0, -0.0, 1.5, -2.25, 1e300, -1e300, 1e-300, 5e-324, float("inf"), float("-inf"), 3.4e38, 6.9e38, 1.1e-38]
r = mix(vals, vals)
print(len(r))
for t in r[::7]:
    print(t)
print(mix([float("nan")], [1.0, float("nan")]))
acc = 0.0
for i in range(100000):
    acc = acc * 0.5 + 1e-310
print(acc)
z = 0.0
for i in range(10):
    z = z * -1.0
print(z, 1.0 / (z if z != 0 else 1.0))
