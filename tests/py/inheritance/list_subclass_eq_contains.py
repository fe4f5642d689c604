# Element __eq__ overrides drive list.index/count/remove; list subclass __eq__ used by ==.
class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, o):
        return str(self.v) == str(o)

    __hash__ = None


items = [1, 2, "2", 3]
print(items.count(Loose(2)), items.index(Loose("3")), Loose(1) in items)
items.remove(Loose("2"))
print(items)


class AlwaysEq(list):
    def __eq__(self, o):
        return True


print(AlwaysEq([1]) == [2], [2] == AlwaysEq([1]), AlwaysEq() != [5])
