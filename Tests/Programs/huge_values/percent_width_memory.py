# A %-format width of 2*10**12: MemoryError.
print('%5d|' % 1)
s = '%2000000000000d' % 1
print('not reached')
