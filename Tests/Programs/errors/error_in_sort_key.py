data = ['10', '9', 'x', '100']
print(sorted(data, key=int))
