# float subclass: arithmetic gives float; overridden __add__/__repr__ honoured.
class F(float):
    def __add__(self, o):
        return F(float(self) + o + 0.5)

    def __repr__(self):
        return f"F({float(self)})"


f = F(1.0)
print(f, f + 1, 1 + f, type(1 + f).__name__, type(f * 2).__name__)
print(f == 1.0, F("2.5"), F(), round(F(2.7)))
print(type(f.real).__name__, f.is_integer())
