# Instance attributes: set in __init__, added later, overwritten, and per instance.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
q = Point(3, 4)
print(p.x, p.y, q.x, q.y)
p.x = 10
print(p.x, q.x)
p.label = "origin-ish"
print(p.label)
print(hasattr(p, "label"), hasattr(q, "label"))
q.y = q.y * 10
print(q.y)
p.x, p.y = p.y, p.x
print(p.x, p.y)
p.values = [1, 2]
p.values.append(3)
print(p.values)
p.x += 5
print(p.x)
