for n in range(-2, 3):
    s = 'neg' if n < 0 else 'zero' if n == 0 else 'pos'
    print(n, s, 'even' if n % 2 == 0 else 'odd')
print((lambda v: 'big' if v > 10 else 'small')(11))
x = [] or 'empty'
print(x, 1 if [] else 0, 1 if [0] else 0)
