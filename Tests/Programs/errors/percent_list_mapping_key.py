# A list argument is used as the mapping of a %(key)s: list indexing raises.
print('%s' % [1])
print('%(a)s' % [1])
