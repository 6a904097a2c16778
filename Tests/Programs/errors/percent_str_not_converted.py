# A str argument is not a mapping here: an unused one is an error.
print('ab' % [])
print('ab' % 'x')
