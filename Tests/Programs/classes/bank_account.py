# A bank simulation: accounts with a transaction log, a savings subclass with
# interest, a bank that transfers between accounts and reports.
class Account:
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []
        self.number = Account.next_number
        Account.next_number += 1

    def deposit(self, amount):
        if amount <= 0:
            self.log.append("rejected deposit %d" % amount)
            return False
        self.balance += amount
        self.log.append("deposit %d" % amount)
        return True

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.append("insufficient funds for %d" % amount)
            return False
        self.balance -= amount
        self.log.append("withdraw %d" % amount)
        return True

    def month_end(self):
        pass

    def __repr__(self):
        return "%s(#%d, %s, %d)" % (type(self).__name__, self.number, self.owner, self.balance)


class Savings(Account):
    def __init__(self, owner, balance, rate_percent):
        super().__init__(owner, balance)
        self.rate = rate_percent

    def withdraw(self, amount):
        if amount > 500:
            self.log.append("limit exceeded for %d" % amount)
            return False
        return super().withdraw(amount)

    def month_end(self):
        interest = self.balance * self.rate // 100
        self.deposit(interest)


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, account):
        self.accounts[account.number] = account
        return account

    def transfer(self, src, dst, amount):
        if self.accounts[src].withdraw(amount):
            self.accounts[dst].deposit(amount)
            return True
        return False

    def month_end(self):
        for acct in self.accounts.values():
            acct.month_end()

    def total(self):
        return sum([a.balance for a in self.accounts.values()])

    def report(self):
        print("== " + self.name + " ==")
        for number in sorted(self.accounts):
            print(" ", self.accounts[number])
        print("  total:", self.total())


bank = Bank("Adder Savings & Loan")
alice = bank.open(Account("alice", 300))
bob = bank.open(Savings("bob", 1000, 2))
carol = bank.open(Account("carol"))
print(bank.transfer(alice.number, carol.number, 120))
print(bank.transfer(carol.number, bob.number, 500))
print(bank.transfer(bob.number, alice.number, 700))
print(bank.transfer(bob.number, alice.number, 400))
carol.deposit(-5)
for month in range(3):
    bank.month_end()
bank.report()
for acct in [alice, bob, carol]:
    print(acct.owner, acct.log)
