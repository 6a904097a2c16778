# Single inheritance chains: inherited methods, overriding, and lookup up the chain.
class Animal:
    def __init__(self, name):
        self.name = name

    def sound(self):
        return "..."

    def speak(self):
        return self.name + " says " + self.sound()

    def kind(self):
        return "animal"


class Dog(Animal):
    def sound(self):
        return "woof"


class Puppy(Dog):
    def sound(self):
        return "yip"

    def kind(self):
        return "young dog"


class Cat(Animal):
    def sound(self):
        return "meow"


for a in [Animal("generic"), Dog("rex"), Puppy("bit"), Cat("tom")]:
    print(a.speak(), "/", a.kind())
print(isinstance(Puppy("p"), Animal), isinstance(Cat("c"), Dog))
print(issubclass(Puppy, Dog), issubclass(Dog, Puppy))
