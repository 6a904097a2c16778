# A range takes an object with __index__ as an index.
class Idx:
    def __index__(self): return 2
print(range(10)[Idx()], range(5, 50, 5)[Idx()])
try:
    range(3)["a"]
except TypeError as e:
    print(e)
