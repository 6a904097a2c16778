# Instantiating a class without an argument its __init__ requires.
class Person:
    def __init__(self, name):
        self.name = name


print(Person("ann").name)
Person()
