print('never runs')
if True
    print('x')
