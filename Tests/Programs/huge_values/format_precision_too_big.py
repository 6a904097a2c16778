# A precision past a C int: ValueError, before any memory is asked for.
print('{:.3f}'.format(1.5))
s = '{:.3000000000f}'.format(1.5)
print('not reached')
