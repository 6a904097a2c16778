print(7 // 1)
print(7 // 0)
