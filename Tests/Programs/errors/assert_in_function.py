def safe_div(a, b):
    assert b != 0, f'b must be nonzero (a={a})'
    return a / b
print(safe_div(1, 4))
print(safe_div(3, 0))
