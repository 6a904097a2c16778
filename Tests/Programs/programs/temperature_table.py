print(f"{'C':>6} {'F':>8} {'K':>8}")
for c in range(-40, 101, 20):
    f = c * 9 / 5 + 32
    k = c + 273.15
    print(f'{c:>6} {f:>8.1f} {k:>8.2f}')
print('%-6s|%6s' % ('left', 'right'))
for x in (0.5, 1.25, 10.0, 123.456):
    print('%8.3f %8.2e %-8g|' % (x, x, x))
