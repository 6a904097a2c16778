n = 0
while n < 5:
    n += 1
else:
    print('while finished normally', n)
n = 0
while n < 5:
    if n == 3:
        print('breaking at', n)
        break
    n += 1
else:
    print('not printed')
while False:
    print('never')
else:
    print('else of never-run while')
