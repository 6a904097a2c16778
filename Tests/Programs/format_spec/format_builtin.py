print(format(3.14159, '.2f'), format(42, '08d'), format(255, 'x'), format('s', '>4'))
print(format(1234567, ','), format(0.5, '%'), format(42), format(1.0), format('x'))
print(format(-1.5, '+.3e'), format(12, 'b'), format(1e100, 'g'))
print(repr(format(None, '')), format(True), format(True, 'd'))
