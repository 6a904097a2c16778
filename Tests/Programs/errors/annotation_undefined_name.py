print('before')
x: undefined_name = 5
print('not reached')
