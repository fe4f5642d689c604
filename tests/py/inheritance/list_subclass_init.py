# list subclass with custom __init__ and attributes; __len__ override affects len/bool but not iteration.
class Tagged(list):
    def __init__(self, tag, items=()):
        super().__init__(items)
        self.tag = tag


class Lying(list):
    def __len__(self):
        return 0


t = Tagged("t", [1, 2])
print(t, t.tag)
y = Lying([1, 2, 3])
print(len(y), bool(y), list(y), sorted(y, reverse=True))
