# An error inside __add__ reached through the + operator.
class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)


total = Money(1) + Money(2)
print(total.cents)
total = total + 5
