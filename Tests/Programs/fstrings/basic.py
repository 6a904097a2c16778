name = 'World'
n = 42
x = 3.14159
print(f'Hello, {name}!')
print(f'{n} {n + 1} {n * 2}')
print(f'{x}')
print(f"{name!r} {name!s}")
print(f'{[1, 2]} {(3,)} {None} {True}')
print(f'{{braces}} {n}')
print(f'''triple {n}''')
print(F'upper F {n}')
print(f'{"nested quotes"}')
print(f'{n:5}|{n:<5}|{n:^5}|{n:>5}|')
