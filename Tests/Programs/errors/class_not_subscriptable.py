# Subscripting an instance without __getitem__.
class Box:
    pass


b = Box()
print("before")
print(b[0])
