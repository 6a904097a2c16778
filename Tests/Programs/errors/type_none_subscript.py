def lookup(table, key):
    return table.get(key)[0]
print(lookup({'a': [1]}, 'a'))
print(lookup({'a': [1]}, 'b'))
