# sorted(), list.sort(), min(), max() use __lt__; sum() uses __add__ / __radd__
# (with a start value); `in` on lists and list.index/count use __eq__.
class Item:
    def __init__(self, name, price):
        self.name = name
        self.price = price

    def __lt__(self, o):
        return self.price < o.price

    def __eq__(self, o):
        return isinstance(o, Item) and self.name == o.name

    def __add__(self, o):
        return Item(self.name + "+" + o.name, self.price + o.price)

    def __radd__(self, o):
        return Item("start", o + self.price)

    def __repr__(self):
        return "%s:%d" % (self.name, self.price)


items = [Item("pen", 3), Item("book", 12), Item("cup", 5), Item("bag", 12), Item("ink", 1)]
print(sorted(items))
print(sorted(items, reverse=True))
print(min(items), max(items))
print(max(items[1], items[3]), min(Item("a", 2), Item("b", 2)))
print(sum(items))
print(sum(items, Item("base", 100)))
copy = list(items)
copy.sort()
print(copy, items[0])
copy.sort(key=lambda it: it.name)
print(copy)
print(Item("cup", 0) in items, Item("mug", 5) in items)
print(items.index(Item("bag", 0)), items.count(Item("pen", 99)))
items.remove(Item("book", 0))
print(items)
