# Inheritance, super(), __len__/__iter__/__getitem__/__contains__ in an inventory model.
class Item:
    def __init__(self, name, price, qty=1):
        self.name = name
        self.price = price
        self.qty = qty
    def total(self):
        return self.price * self.qty
    def __repr__(self):
        return type(self).__name__ + "(" + repr(self.name) + ", " + str(self.price) + ", " + str(self.qty) + ")"
    def __eq__(self, other):
        return isinstance(other, Item) and (self.name, self.price) == (other.name, other.price)
class Perishable(Item):
    def __init__(self, name, price, qty=1, days=7):
        super().__init__(name, price, qty)
        self.days = days
    def total(self):
        base = super().total()
        return base * 0.5 if self.days <= 2 else base
    def __repr__(self):
        return super().__repr__()[:-1] + ", days=" + str(self.days) + ")"
class Inventory:
    def __init__(self):
        self.items = []
    def add(self, item):
        for existing in self.items:
            if existing == item:
                existing.qty += item.qty
                return
        self.items.append(item)
    def __len__(self):
        return len(self.items)
    def __iter__(self):
        return iter(self.items)
    def __getitem__(self, key):
        if isinstance(key, str):
            for it in self.items:
                if it.name == key:
                    return it
            raise KeyError(key)
        return self.items[key]
    def __contains__(self, name):
        return any(it.name == name for it in self.items)
    def value(self):
        return sum(it.total() for it in self)
inv = Inventory()
inv.add(Item("hammer", 12.5, 2))
inv.add(Perishable("milk", 1.2, 10, days=2))
inv.add(Perishable("cheese", 7.0, 3))
inv.add(Item("hammer", 12.5, 1))
inv.add(Item("nails", 0.05, 500))
print(len(inv), list(inv))
print(inv["hammer"], inv[0] is inv["hammer"], inv[-1], inv[1:3])
print("milk" in inv, "bread" in inv)
try:
    inv["bread"]
except KeyError as e:
    print("KeyError", e)
print(round(inv.value(), 2), [round(it.total(), 2) for it in inv])
print(sorted(inv, key=lambda it: it.total(), reverse=True)[0].name)
print(isinstance(inv["milk"], Item), type(inv["milk"]).__mro__[1].__name__)
