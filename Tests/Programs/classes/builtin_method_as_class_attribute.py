# Found by probing classes: builtin method as class attribute (fixed).
class A:
    f = list.append
try:
    A().f(1)
except TypeError as e:
    print(e)
print("after")
