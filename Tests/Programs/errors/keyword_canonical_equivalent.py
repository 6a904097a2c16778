# A keyword from ** is matched by code point: a canonically equivalent spelling is a different name.
def f(résumé):
    return résumé
print(f(**{'résumé': 1}))
print(f(**{'résumé': 2}))
