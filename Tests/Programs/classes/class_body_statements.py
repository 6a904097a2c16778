# A class body runs like a function body: computations, loops, conditionals,
# nested functions and names that become class attributes.
class Table:
    size = 5
    squares = []
    for i in range(size):
        squares.append(i * i)
    total = 0
    for s in squares:
        total += s
    if total > 20:
        big = True
    else:
        big = False
    lookup = {k: k * 3 for k in range(3)}

    def helper(x):
        return x + 100

    shifted = helper(7)
    label = "table-" + str(size)

    def method(self):
        return self.label + ":" + str(self.total)


print(Table.squares, Table.total, Table.big)
print(Table.lookup, Table.shifted, Table.label)
print(Table.i)
print(Table().method())
print(Table.helper(1))
