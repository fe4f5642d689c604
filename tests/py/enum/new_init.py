# Enums with tuple values, __init__ and __new__ (the planet and coordinate examples).
from enum import Enum, IntEnum


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    VENUS = (4.869e+24, 6.0518e6)
    EARTH = (5.976e+24, 6.37814e6)
    MARS = (6.421e+23, 3.3972e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        G = 6.67300E-11
        return G * self.mass / (self.radius * self.radius)


for p in Planet:
    print(repr(p), p.mass, p.radius, round(p.surface_gravity, 4))
print(Planet((5.976e+24, 6.37814e6)), Planet.EARTH.value)
show('planet lookup', lambda: Planet((1, 2)))


class Coordinate(bytes, Enum):
    def __new__(cls, value, label, unit):
        obj = bytes.__new__(cls, [value])
        obj._value_ = value
        obj.label = label
        obj.unit = unit
        return obj

    PX = (0, 'P.X', 'km')
    PY = (1, 'P.Y', 'km')
    VX = (2, 'V.X', 'km/s')


try:
    repr(Coordinate.PY)  # bytes.__repr__ is used on the int value
except TypeError as e:
    print('TypeError', e)
print(Coordinate(2), Coordinate.VX.label, Coordinate.VX.unit, Coordinate(0).label)
print(Coordinate.PX == b'\x00', [c.name for c in Coordinate])


class Ordinal(Enum):
    def __new__(cls, text):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        obj.text = text
        return obj

    FIRST = 'one'
    SECOND = 'two'
    THIRD = 'three'


print(list(Ordinal), Ordinal(2).text, Ordinal.THIRD.text)
show('ordinal bad', lambda: Ordinal('one'))


class Code(IntEnum):
    def __new__(cls, value, phrase, description=''):
        obj = int.__new__(cls, value)
        obj._value_ = value
        obj.phrase = phrase
        obj.description = description
        return obj

    OK = 200, 'OK', 'Request fulfilled'
    NOT_FOUND = 404, 'Not Found'


print(Code.OK, repr(Code.NOT_FOUND), Code(404).phrase, Code.OK.description, repr(Code.NOT_FOUND.description), Code.OK + 1)


class Pair(tuple, Enum):
    A = (1, 2)
    B = (3, 4)


print(repr(Pair.A), Pair.A[0], Pair((3, 4)), Pair.B + (5,), Pair.A.value)


class NoValueNew(Enum):
    def __new__(cls, value):
        return object.__new__(cls)

    A = 1
    B = 2


print(list(NoValueNew), NoValueNew.B.value)


class Str2(str, Enum):
    def __new__(cls, value, doc):
        obj = str.__new__(cls, value)
        obj._value_ = value
        obj.doc = doc
        return obj

    X = 'x', 'the x'
    Y = 'y', 'the y'


print(repr(Str2.X), Str2('y').doc, Str2.X.upper(), str(Str2.Y))


class AutoNumber(Enum):
    def __new__(cls, *args):
        value = len(cls.__members__) + 1
        obj = object.__new__(cls)
        obj._value_ = value
        return obj

    def __init__(self, a, b):
        self.a = a
        self.b = b

    FOO = 'f', 'oo'
    BAR = 'b', 'ar'


print(list(AutoNumber), AutoNumber.BAR.a + AutoNumber.BAR.b)


class Base(Enum):
    def __new__(cls, value):
        obj = object.__new__(cls)
        obj._value_ = value * 10
        return obj


class Derived(Base):
    A = 1
    B = 2


print(list(Derived), Derived(20))
