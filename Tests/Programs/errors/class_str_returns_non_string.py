# __str__ must return a str.
class Num:
    def __str__(self):
        return 5


print("before")
print(Num())
