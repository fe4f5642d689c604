# sorted/min/max use __lt__ (and reflected __gt__); errors name the types.
class V:
    def __init__(self, n):
        self.n = n

    def __lt__(self, o):
        return self.n < o.n

    def __repr__(self):
        return f"V({self.n})"


print(sorted([V(3), V(1), V(2)]), min(V(5), V(4)), max([V(1), V(9)]))


class OnlyGt:
    def __init__(self, n):
        self.n = n

    def __gt__(self, o):
        return self.n > o.n

    def __repr__(self):
        return f"G({self.n})"


print(sorted([OnlyGt(2), OnlyGt(1)]))
try:
    sorted([V(1), object()])
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    max(1, "a")
except TypeError as e:
    print(type(e).__name__ + ":", e)
