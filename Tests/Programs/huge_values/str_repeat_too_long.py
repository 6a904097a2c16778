# The repeated length overflows: OverflowError 'repeated string is too long'.
print('ab' * 2)
s = 'ab' * 2**62
print('not reached')
