# Reading an attribute an instance does not have (nor its class).
class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.x)
print(p.y)
