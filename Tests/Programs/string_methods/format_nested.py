# str.format: nested specs, conversions with specs, indexing and attributes in field names.
print('{0:{1}}|{1}'.format('x', 5), '{:{}}|{}'.format('y', 4, 'z'), '{!r:>5}'.format('a'), '{0!r:<6}|'.format('b'))
print('{:{}.{}f}'.format(3.14159, 10, 2), '{0[1]} {0[0]}'.format(['a', 'b']), '{d[k]}'.format(d={'k': 'v'}))
print('{:^{w}}|'.format('mid', w=9), '{x:{fill}>{w}}'.format(x=1, fill='*', w=4), '{0!s:^7}|'.format(None))
print('{{}}{}'.format(1), '{!a}'.format('é'), '{0}{0}{1}'.format('ab', 'c'), '{:>{}}'.format('r', 3))
rows = [('apple', 3, 1.5), ('kiwi', 12, 0.25)]
for name, n, price in rows:
    print('{:<{w}}|{:>{n}}|{:{f}}'.format(name, n, price, w=8, n=4, f='.3f'))
