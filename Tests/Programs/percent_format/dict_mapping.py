data = {'name': 'Alice', 'age': 30, 'score': 91.256}
print('%(name)s is %(age)d years old' % data)
print('%(name)r scored %(score).1f' % data)
print('%(age)05d %(name)-8s|' % data)
print('%(x)s %(x)s' % {'x': 'twice'})
