# tuple subclass: __new__ customisation, extra attributes, ops returning plain tuple.
class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    def __repr__(self):
        return f"Point({self[0]}, {self[1]})"


p = Point(1, 2)
print(p, p.x, len(p), p == (1, 2), type(p + (3,)).__name__, type(p[:]).__name__)
a, b = p
print(a, b, hash(p) == hash((1, 2)))
try:
    Point(1)
except TypeError as e:
    print(type(e).__name__ + ":", e)
