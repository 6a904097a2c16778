s = 'hi\n'
print(f'{s!r}|{s!s}|')
print(f'{s!r:>10}|')
print(f'{3.0!r} {3.0!s}')
print(f'{[1.5, "x"]!s}')
