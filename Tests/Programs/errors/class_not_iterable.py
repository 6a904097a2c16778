# Iterating over an instance with neither __iter__ nor __getitem__.
class Box:
    pass


print("before")
for x in Box():
    print(x)
