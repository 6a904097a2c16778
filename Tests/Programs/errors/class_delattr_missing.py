# Deleting an instance attribute that does not exist.
class Thing:
    def __init__(self):
        self.a = 1


t = Thing()
del t.a
print(hasattr(t, "a"))
del t.a
