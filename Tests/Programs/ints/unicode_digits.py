# int() reads decimal digits of any script (full-width, Arabic-Indic) as CPython does; other
# characters that look like digits are invalid. (It returned 0 for '１２'.)
print(int('１２'), int('٣'), int(' ٤٥ '), int('１_０'), int('-１２', 16))
for bad in ['Ａ', '１.', '½', '²', 'Ⅻ']:
    try:
        print(int(bad, 16))
    except ValueError as e:
        print(e)
