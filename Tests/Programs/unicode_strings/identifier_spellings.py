# CPython normalizes identifiers: a name written with a combining accent is the same name as
# its precomposed spelling, while the strs stay different.
café = 1
print(café)
def f(naı̈ve, résumé=2):
    return naı̈ve + résumé
print(f(1), f(naı̈ve=5, résumé=1))
print(f(**{'résumé': 10, 'naı̈ve': 1}))
print('café' == 'café')
