# Instances inside lists, tuples and dicts print with their __repr__ (even when
# __str__ exists); str() of the container uses repr() of the elements.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "P(%d, %d)" % (self.x, self.y)

    def __str__(self):
        return "(%d, %d)" % (self.x, self.y)


pts = [P(i, i * i) for i in range(4)]
print(pts)
print(tuple(pts[:2]))
print({"origin": pts[0], "last": pts[-1]})
print({i: p for i, p in enumerate(pts[1:3])})
print(str(pts[1]), pts[1])
print([[pts[0]], (pts[1], "s")])
nested = {"list": pts[:1], "tuple": (pts[2],)}
print(nested)
print(len(pts), pts[2].y)
