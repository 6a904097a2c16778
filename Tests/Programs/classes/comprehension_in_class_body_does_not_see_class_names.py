# Found by probing classes: comprehension in class body does not see class names (fixed).
n = "global"
class B:
    n = 3
    bad = [n for i in range(2)]
print(B.bad)
