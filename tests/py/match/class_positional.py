# Class patterns with positional subpatterns use __match_args__.
class Point:
    __match_args__ = ("x", "y")
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def __repr__(self):
        return f"Point({self.x}, {self.y})"

class Point3(Point):
    __match_args__ = ("x", "y", "z")
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z

def where(p):
    match p:
        case Point(0, 0):
            return "origin"
        case Point3(x, y, 0):
            return f"3d on the floor at {x},{y}"
        case Point(0, y):
            return f"on the y axis at {y}"
        case Point(x, 0):
            return f"on the x axis at {x}"
        case Point(x, y) if x == y:
            return f"on the diagonal at {x}"
        case Point():
            return "somewhere"
        case _:
            return "not a point"

for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(2, 2), Point(1, 2), Point3(1, 2, 0),
          Point3(0, 0, 1), (0, 0), None]:
    print(p, "->", where(p))

# Fewer positional subpatterns than __match_args__ is fine.
match Point3(1, 2, 3):
    case Point3(a):
        print("first only", a)

# Positional and keyword subpatterns together.
match Point3(1, 2, 3):
    case Point3(1, z=z):
        print("z is", z)

# __match_args__ may be inherited.
class Sub(Point):
    pass

match Sub(7, 8):
    case Sub(a, b):
        print("inherited match args", a, b)
    case Point(a, b):
        print("wrong")

# Dotted class names.
import types
mod = types.SimpleNamespace(Point=Point)
match Point(4, 4):
    case mod.Point(x, y):
        print("dotted class", x, y)
