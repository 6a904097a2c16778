# A traceback through methods: each frame is named by the method's name.
class Inventory:
    def __init__(self):
        self.stock = {"apple": 3}

    def take(self, item):
        return self.lookup(item) - 1

    def lookup(self, item):
        return self.stock[item]


inv = Inventory()
print(inv.take("apple"))
inv.take("pear")
