n = '5'
for i in range(n):
    print(i)
