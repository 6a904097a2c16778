# Class attributes looked up through the inheritance chain; a subclass overriding
# one; changes on the base seen by subclasses that do not override.
class Base:
    color = "red"
    size = 1


class Mid(Base):
    size = 2


class Leaf(Mid):
    pass


print(Leaf.color, Leaf.size, Mid.size, Base.size)
Base.color = "blue"
print(Leaf.color, Mid.color)
Mid.color = "green"
print(Leaf.color, Base.color)
leaf = Leaf()
print(leaf.color, leaf.size)
Leaf.size = 3
print(leaf.size, Mid.size)
del Mid.color
print(leaf.color)
