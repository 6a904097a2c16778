print('this must not be printed')
def gen(n):
    for i in range(n):
        yield i
print(list(gen(3)))
