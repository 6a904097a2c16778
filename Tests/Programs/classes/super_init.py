# Zero-argument super() in __init__ through several levels.
class Base:
    def __init__(self, name):
        print("Base.__init__", name)
        self.name = name
        self.tags = ["base"]


class Middle(Base):
    def __init__(self, name, size):
        print("Middle.__init__", name, size)
        super().__init__(name)
        self.size = size
        self.tags.append("middle")


class Leaf(Middle):
    def __init__(self, name):
        print("Leaf.__init__", name)
        super().__init__(name, len(name))
        self.tags.append("leaf")


x = Leaf("leafy")
print(x.name, x.size, x.tags)
m = Middle("mid", 3)
print(m.name, m.size, m.tags)
