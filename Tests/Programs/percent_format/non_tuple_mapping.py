# A format without specifiers leaves a non-tuple argument that has __getitem__ (list, dict,
# range) alone; a specifier still uses the whole argument as one value.
print(repr("AbC" % []))
print(repr('ab' % [1, 2]))
print(repr('ab' % {}))
print(repr('ab' % {'a': 1}))
print(repr('ab' % range(3)))
print(repr('%s' % [1, 2]))
print(repr('%s' % range(3)))
print(repr('%s %%' % [1]))
print(repr('%(a)s' % {'a': [1]}))
print(repr('ab%%' % []))
print(repr('%s' % {'a': 1}))
print(repr('%r|%5s' % ([1], 'x')))
