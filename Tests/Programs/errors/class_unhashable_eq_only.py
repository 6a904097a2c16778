# Defining __eq__ without __hash__ makes instances unhashable.
class Key:
    def __init__(self, k):
        self.k = k

    def __eq__(self, o):
        return self.k == o.k


print(Key(1) == Key(1))
d = {}
d[Key(1)] = "x"
