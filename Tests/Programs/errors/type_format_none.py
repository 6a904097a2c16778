x = None
print(f'{x!r:>6}')
print(f'{x:>6}')
