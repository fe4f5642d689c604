# Property access: getters and setters defined with @property / @x.setter, a computed
# read-only property, a property built with property(fget, fset), and a property whose getter
# and setter go through another property; used from outside (obj.p) and inside methods.
N = 900_000


class Account:
    def __init__(self, balance, rate):
        self._balance = balance
        self._rate = rate

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            value = -value
        self._balance = value

    @property
    def interest(self):
        return self._balance * self._rate // 100

    def _get_rate(self):
        return self._rate

    def _set_rate(self, value):
        self._rate = value % 13

    rate = property(_get_rate, _set_rate)

    @property
    def cents(self):
        return self.balance * 100

    @cents.setter
    def cents(self, value):
        self.balance = value // 100

    def tick(self, i):
        self.balance = self.balance + self.interest - i
        self.rate = self.rate + 1
        return self.balance


def main():
    acct = Account(1000, 5)
    other = Account(50, 3)
    total = 0
    for i in range(N):
        acct.balance = (acct.balance + i) & 0xFFFFF
        other.rate = other.rate + acct.rate
        total += acct.interest + other.interest
        other.cents = acct.cents + other.cents % 1000
        total += acct.tick(i & 63) & 0xFFFF
    print(f"property checksum: {total} {acct.balance} {acct.rate} {other.balance} {other.rate}")


main()
