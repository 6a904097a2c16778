x = 10 ** 400
print(x / 1)
