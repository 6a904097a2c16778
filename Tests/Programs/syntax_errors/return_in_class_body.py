class A:
    x = 1
    if x > 5:
        return 1


print("never printed")
