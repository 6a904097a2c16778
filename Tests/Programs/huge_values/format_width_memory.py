# A field width of 2*10**12 cannot be padded: MemoryError.
print('{:5}|'.format(1))
s = '{:2000000000000}'.format(1)
print('not reached')
