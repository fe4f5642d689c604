# Aliases, @unique, verify(), and assorted helpers.
import enum
from enum import (Enum, Flag, IntEnum, unique, verify, UNIQUE, CONTINUOUS,
                  NAMED_FLAGS, EnumMeta, EnumType)


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2


print(list(Shape), len(Shape), Shape.ALIAS_FOR_SQUARE, Shape.ALIAS_FOR_SQUARE is Shape.SQUARE)
print(Shape(2).name, Shape['ALIAS_FOR_SQUARE'].name, list(Shape.__members__))
print([name for name, m in Shape.__members__.items() if m.name != name])
print(Shape.ALIAS_FOR_SQUARE in Shape, Shape._member_names_)
try:
    @unique
    class Mistake(Enum):
        ONE = 1
        TWO = 2
        THREE = 3
        FOUR = 3
        UNO = 1
except ValueError as e:
    print('ValueError', e)


@unique
class Fine(Enum):
    A = 1
    B = 2


print(list(Fine), unique(Fine) is Fine)
show('unique on aliases', lambda: unique(Shape))
show('verify unique', lambda: verify(UNIQUE)(Shape))
print(verify(UNIQUE)(Fine) is Fine)


class Gap(IntEnum):
    A = 1
    B = 2
    E = 5


show('continuous', lambda: verify(CONTINUOUS)(Gap))
print(verify(CONTINUOUS)(Fine))


class FGap(Flag):
    A = 1
    D = 8


show('flag continuous', lambda: verify(CONTINUOUS)(FGap))


class Named(Flag):
    A = 1
    B = 2
    ABC = 7


show('named flags', lambda: verify(NAMED_FLAGS)(Named))


class Named2(Flag):
    A = 1
    X = 5
    Y = 9


show('named flags 2', lambda: verify(NAMED_FLAGS)(Named2))
show('verify class', lambda: verify(UNIQUE)(int))
print(repr(UNIQUE), str(CONTINUOUS), list(enum.EnumCheck))
print(EnumMeta is EnumType, type(Shape) is EnumType, type(Flag) is EnumType)
print(enum.show_flag_values(13), enum.bin(10), enum.bin(~10), enum.bin(5, 8), enum.bin(0), enum.bin(-1))
show('show_flag_values neg', lambda: enum.show_flag_values(-3))
print(enum.STRICT, enum.KEEP, sorted(enum.__all__)[:6])


class Tracked(Enum):
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, list(cls.__members__))


class Child(Tracked):
    P = 1
    Q = 2


print(list(Child))
print(Shape.SQUARE.__copy__() is Shape.SQUARE, Shape.CIRCLE.__deepcopy__({}) is Shape.CIRCLE)


def classify(s):
    match s:
        case Shape.SQUARE:
            return 'square'
        case Shape.CIRCLE | Shape.DIAMOND:
            return 'round-ish'
    return 'other'


print(classify(Shape.SQUARE), classify(Shape.CIRCLE), classify(Shape.DIAMOND), classify(5))


class Nested(Enum):
    A = 1

    class Inner:
        pass


print([m.name for m in Nested])
print(Shape.SQUARE.__reduce_ex__(4)[1], Shape.__len__(), Shape.__dict__['_member_type_'].__name__)
