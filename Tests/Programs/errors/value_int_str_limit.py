x = 10 ** 5000
print(len(str(x // 10 ** 4800)))
print(str(x))
