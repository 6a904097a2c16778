# An error inside a property getter: the frame is named after the property.
class Account:
    def __init__(self, owner):
        self.owner = owner

    @property
    def summary(self):
        return self.owner + ": " + self.balance


a = Account("ann")
print(a.owner)
print(a.summary)
