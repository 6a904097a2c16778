# Assigning to a property without a setter (3.11's message names the property
# and the class).
class Circle:
    def __init__(self, r):
        self.r = r

    @property
    def diameter(self):
        return self.r * 2


c = Circle(2)
print(c.diameter)
c.diameter = 10
