# Methods taken from instances (bound) and from the class (plain functions).
class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount
        return self.balance

    def report(self):
        return self.owner + ": " + str(self.balance)


a = Account("ann", 100)
b = Account("bob", 5)
dep = a.deposit
print(dep(10))
print(dep(20))
print(a.balance)
rep = b.report
b.balance = 77
print(rep())
print(Account.deposit(b, 3))
print(Account.report(b))
methods = [a.report, b.report]
for m in methods:
    print(m())
f = Account.report
print(f(a))
actions = {"dep": a.deposit}
print(actions["dep"](1))
