DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz'
def to_base(n, b):
    if n == 0:
        return '0'
    sign = '-' if n < 0 else ''
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(DIGITS[r])
    return sign + ''.join(reversed(out))
for n in (0, 5, 255, -255, 2 ** 64, 10 ** 20 + 7):
    row = [to_base(n, b) for b in (2, 8, 16, 36)]
    print(n, row, all(int(s, b) == n for s, b in zip(row, (2, 8, 16, 36))))
print(to_base(255, 16) == hex(255)[2:], to_base(-8, 8) == oct(-8).replace('0o', ''))
