print('before')
print(x)
