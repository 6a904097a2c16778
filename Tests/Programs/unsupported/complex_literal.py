print('this must not be printed')
z = 3 + 4j
print(abs(z))
