def square(x):
    return x * x
def apply(f, v):
    return f(v)
funcs = [square, abs, str, len]
print([apply(f, -3) if f is not len else f('abc') for f in funcs])
table = {'sq': square, 'neg': lambda x: -x}
print(table['sq'](7), table['neg'](7))
alias = square
print(alias(9), alias is square)
def compose(f, g):
    return lambda x: f(g(x))
print(compose(square, abs)(-4), compose(str, square)(12) + '!')
