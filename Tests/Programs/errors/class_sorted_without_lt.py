# sorted() on instances without __lt__.
class Item:
    def __init__(self, n):
        self.n = n


items = [Item(3), Item(1)]
print(len(items))
print(sorted(items))
