width = 10
prec = 3
val = 3.14159265
for w in (6, 8, 12):
    print(f'[{val:{w}.{prec}f}]')
print(f'[{"x":{width}}]')
align = '^'
fill = '*'
print(f'[{"mid":{fill}{align}{width}}]')
print(f'[{42:{"0"}{width}d}]')
