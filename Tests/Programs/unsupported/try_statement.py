print('this must not be printed')
try:
    print(1 / 0)
except ZeroDivisionError:
    print('caught')
