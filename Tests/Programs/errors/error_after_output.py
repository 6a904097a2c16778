for i in range(5):
    print('line', i)
    if i == 3:
        print(i / (i - 3))
