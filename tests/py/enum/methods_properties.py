# Methods, properties, class/static methods, _missing_, _ignore_, and
# members named like Enum's own attributes.
from enum import Enum, IntEnum, property as enum_property


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Mood(Enum):
    FUNKY = 1
    HAPPY = 3

    def describe(self):
        return self.name, self.value

    def __str__(self):
        return 'my custom str! {0}'.format(self.value)

    @classmethod
    def favorite_mood(cls):
        return cls.HAPPY

    @staticmethod
    def helper(x):
        return x * 2

    @property
    def lower(self):
        return self.name.lower()

    LIMIT = 10  # this becomes a member too


print(Mood.favorite_mood(), Mood.HAPPY.describe(), str(Mood.FUNKY), Mood.helper(4), Mood.FUNKY.helper(5))
print(Mood.FUNKY.lower, list(Mood), Mood.LIMIT.value)
show('set prop', lambda: setattr(Mood.FUNKY, 'lower', 'x'))


class Shape(Enum):
    SQUARE = 2
    DIAMOND = 1
    CIRCLE = 3
    ALIAS_FOR_SQUARE = 2

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for m in cls:
                if m.name.lower() == value.lower():
                    return m
        return None


print(Shape('circle'), Shape('SQUARE'), Shape(1))
show('missing none', lambda: Shape('triangle'))
show('missing int', lambda: Shape(7))


class BadMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        return 'oops'


show('bad missing', lambda: BadMissing(2))


class RaisingMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise KeyError('nope %r' % (value,))


try:
    RaisingMissing(5)
except Exception as e:
    print(type(e).__name__, e, type(e.__context__).__name__, e.__context__)


class ValueErrorMissing(Enum):
    A = 1

    @classmethod
    def _missing_(cls, value):
        raise ValueError('custom %r' % (value,))


show('ve missing', lambda: ValueErrorMissing(5))


class Period(Enum):
    _ignore_ = 'Period i'
    Period = vars()
    for i in range(3):
        Period['day_%d' % i] = i


print(list(Period), hasattr(Period, 'i'))


class NameValue(Enum):
    name = 1
    value = 2
    other = 3


print(NameValue.name, NameValue.value, repr(NameValue.name))
print(NameValue.name.name, NameValue.name.value, NameValue.value.name, NameValue.value.value)
print(NameValue.other.name, NameValue.other.value, list(NameValue))


class WithProp(Enum):
    A = 1
    B = 2

    @enum_property
    def double(self):
        return self.value * 2


print(WithProp.A.double, WithProp.B.double)
show('class prop', lambda: WithProp.double)


class Ordered(Enum):
    LOW = 1
    MID = 2
    HIGH = 3

    def __lt__(self, other):
        if self.__class__ is other.__class__:
            return self.value < other.value
        return NotImplemented


print(Ordered.LOW < Ordered.HIGH, sorted([Ordered.HIGH, Ordered.LOW, Ordered.MID]))
show('gt via reflect', lambda: Ordered.HIGH > Ordered.LOW)
show('le', lambda: Ordered.HIGH <= Ordered.LOW)


class Eq(Enum):
    A = 1
    B = 2

    def __eq__(self, other):
        if isinstance(other, int):
            return self.value == other
        return self is other

    __hash__ = Enum.__hash__


print(Eq.A == 1, Eq.A == 2, Eq.A == Eq.A, Eq.A != 1, hash(Eq.A) == hash('A'))


class Counter(Enum):
    A = 1
    B = 2

    def __init__(self, value):
        self.label = 'label-%d' % value
        self.calls = getattr(self, 'calls', 0) + 1


print(Counter.A.label, Counter.B.label, Counter.A.calls)
Counter.A.note = 'hi'
print(Counter.A.note, Counter(1).note)


class Int(IntEnum):
    A = 1

    def twice(self):
        return self * 2


print(Int.A.twice(), type(Int.A.twice()).__name__)
