# A class-based bank simulation with exceptions, __repr__, __str__ and __eq__.
class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(account.owner + " cannot withdraw " + str(amount))
        self.shortfall = amount - account.balance
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.id = Account.next_id
        Account.next_id += 1
        self.history = []
    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))
        return self
    def withdraw(self, amount):
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))
        return self
    def __repr__(self):
        return "Account(" + repr(self.owner) + ", " + str(self.balance) + ")"
    def __str__(self):
        return "#" + str(self.id) + " " + self.owner + ": " + str(self.balance)
    def __eq__(self, other):
        return isinstance(other, Account) and self.owner == other.owner and self.balance == other.balance
class Savings(Account):
    def __init__(self, owner, balance=0, rate=0.05):
        super().__init__(owner, balance)
        self.rate = rate
    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest
    def __repr__(self):
        return "Savings(" + repr(self.owner) + ", " + str(self.balance) + ", rate=" + str(self.rate) + ")"
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, cls, *args, **kwargs):
        acct = cls(*args, **kwargs)
        self.accounts[acct.id] = acct
        return acct
    def transfer(self, src, dst, amount):
        try:
            src.withdraw(amount)
        except InsufficientFunds as e:
            print("transfer failed:", e, "(short by " + str(e.shortfall) + ")")
            return False
        dst.deposit(amount)
        return True
    def total(self):
        return sum(a.balance for a in self.accounts.values())
bank = Bank()
alice = bank.open(Account, "alice", 100)
bob = bank.open(Savings, "bob", 1000, rate=0.1)
carol = bank.open(Account, "carol")
print(alice, bob, carol, sep="\n")
print(repr(alice), repr(bob), [carol])
alice.deposit(50).withdraw(30)
print(bank.transfer(alice, carol, 100), bank.transfer(alice, carol, 500))
print(bob.add_interest(), bob.balance)
try:
    carol.deposit(-5)
except ValueError as e:
    print("ValueError:", e)
print(alice.history, carol.history)
print(bank.total(), sorted(str(a) for a in bank.accounts.values()))
print(Account("x", 5) == Account("x", 5), Account("x", 5) == Account("x", 6), alice == "alice")
print(isinstance(bob, Account), type(bob).__name__, Savings.__mro__[1].__name__)
