# len() of an instance without __len__.
class Bag:
    def __init__(self):
        self.items = [1, 2]


b = Bag()
print(len(b.items))
print(len(b))
