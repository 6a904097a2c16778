# % formatting: a '*' width or precision must be an int; after a keyed conversion no positional
# argument is left (CPython's argument cursor).
for make in [lambda: '%*s' % ('a', 'b'), lambda: '%.*f' % ('x', 1.5), lambda: '%*d' % (3, 7), lambda: '%-*.*f|' % (8, 2, 3.14159),
             lambda: '%(a)s %s' % {'a': 1}, lambda: '%s %(a)s' % {'a': 1}, lambda: '%(a)s %(b)s' % {'a': 1, 'b': 2}, lambda: '%(a)s' % {'a': 1, 'b': 2}]:
    try:
        print(repr(make()))
    except TypeError as e:
        print("TypeError", e)
