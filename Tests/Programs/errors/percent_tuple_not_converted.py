# A one-tuple with no specifier: not all arguments converted.
print('ab' % {})
print('ab' % (1,))
