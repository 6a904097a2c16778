# __getitem__, __setitem__, __delitem__, __len__ and __contains__ on a
# dict-backed sparse vector; tuple keys (g[x, y]).
class Sparse:
    def __init__(self, size):
        self.size = size
        self.data = {}

    def __getitem__(self, i):
        return self.data.get(i, 0)

    def __setitem__(self, i, v):
        if v == 0:
            if i in self.data:
                del self.data[i]
        else:
            self.data[i] = v

    def __delitem__(self, i):
        print("deleting", i)
        del self.data[i]

    def __len__(self):
        return self.size

    def __contains__(self, v):
        return v in self.data.values()


s = Sparse(10)
s[3] = 7
s[5] = 9
s[8] = 1
print(s[3], s[4], len(s), s.data)
s[3] += 1
print(s[3])
print([s[j] for j in range(2, 6)])
del s[5]
print(s.data)
print(8 in s, 9 in s, 9 not in s)
s[8] = 0
print(s.data)


class Grid:
    def __init__(self):
        self.cells = {}

    def __getitem__(self, key):
        return self.cells.get(key, ".")

    def __setitem__(self, key, value):
        self.cells[key] = value


g = Grid()
g[0, 0] = "#"
g[1, 2] = "@"
for y in range(3):
    print("".join([g[x, y] for x in range(3)]))
