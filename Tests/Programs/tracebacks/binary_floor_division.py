def ratio(n):
    return  n // 0   


print(ratio(7))
