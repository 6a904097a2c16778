def add(lhs, rhs):
    return lhs + rhs
print(add(1, 2))
print(add("Lunch", "Class"))
print(add(3.5, 2.4))
print(add(1, 3.4))
print(add([1,2,3], [4,5,6]))
