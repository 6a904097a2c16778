print('abc'.index('z'))
