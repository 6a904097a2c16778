print('this must not be printed')
def f():
    with open('x') as fh:
        return fh.read()
