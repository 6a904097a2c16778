print('this must not be printed')
def deco(f):
    return f
@deco
def g():
    return 1
print(g())
