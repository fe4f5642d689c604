# Match statements in methods, properties, class bodies and with dataclass-like classes.
class Vec:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __eq__(self, other):
        match other:
            case Vec(x, y):
                return (self.x, self.y) == (x, y)
            case (x, y):
                return (self.x, self.y) == (x, y)
            case _:
                return NotImplemented
    def __add__(self, other):
        match other:
            case Vec(x, y) | (x, y):
                return Vec(self.x + x, self.y + y)
            case int(n) | float(n):
                return Vec(self.x + n, self.y + n)
            case _:
                return NotImplemented
    @property
    def quadrant(self):
        match self:
            case Vec(0, 0):
                return "origin"
            case Vec(x, y) if x > 0 and y > 0:
                return "I"
            case Vec(x, y) if x < 0 < y:
                return "II"
            case Vec(x, y) if x < 0 and y < 0:
                return "III"
            case _:
                return "IV or axis"

print(Vec(1, 2) == Vec(1, 2), Vec(1, 2) == (1, 2), Vec(1, 2) == [1, 3], Vec(1, 2) == "v")
print(Vec(1, 2) + Vec(3, 4), Vec(1, 2) + (1, 1), Vec(1, 2) + 10)
try:
    Vec(1, 2) + "s"
except TypeError as e:
    print(type(e).__name__, e)
for v in [Vec(0, 0), Vec(1, 1), Vec(-1, 1), Vec(-1, -1), Vec(1, -1)]:
    print(v, v.quadrant)

# A static method and a class method.
class Parser:
    @staticmethod
    def token(t):
        match t:
            case "(" | ")":
                return "paren"
            case str() if t.isidentifier():
                return "name"
            case _:
                return "other"
    @classmethod
    def all(cls, ts):
        return [cls.token(t) for t in ts]
print(Parser.all(["(", "abc", "1", ")"]))

# Matching on the class itself with type patterns.
for obj in [1, "s", Vec(0, 0), Parser]:
    match obj:
        case type():
            print(obj.__name__, "is a class")
        case Vec():
            print("a Vec")
        case object(__class__=c):
            print("an instance of", c.__name__)
