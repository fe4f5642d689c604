# repr / str / format / f-string of every kind of enum member (3.11 rules).
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, ReprEnum, auto


class Color(Enum):
    RED = 1
    GREEN = 'green'
    BLUE = (1, 2)
    NONE = None
    FLT = 1.5


for m in Color:
    print(repr(m), str(m), format(m), f'{m}', '%s' % m, '{}'.format(m), f'[{m:>14}]', f'[{m:<14}]', f'{m!r}', f'{m!s}')


class Num(IntEnum):
    ONE = 1
    BIG = 1000000


for m in Num:
    print(repr(m), str(m), format(m), f'{m}', '%s' % m, '%d' % m, '%r' % m, f'{m:,}', f'{m:>8}', f'{m:x}', f'{m!r}', hex(m))


class Word(StrEnum):
    HELLO = 'hello'
    WORLD = auto()


for m in Word:
    print(repr(m), str(m), format(m), f'{m}', '%s' % m, f'[{m:>8}]', f'{m!r}', m + '!', len(m))


class MixInt(int, Enum):
    A = 1
    B = 2


for m in MixInt:
    print(repr(m), str(m), format(m), f'{m}', f'[{m:5}]', m + 1)


class MixStr(str, Enum):
    X = 'x'
    Y = 'yy'


for m in MixStr:
    print(repr(m), str(m), format(m), f'{m}', m.upper(), len(m))


class MixFloat(float, Enum):
    PI = 3.14
    E = 2.5


for m in MixFloat:
    print(repr(m), str(m), format(m), f'{m}', m * 2)


class FloatRepr(float, ReprEnum):
    HALF = 0.5


print(repr(FloatRepr.HALF), str(FloatRepr.HALF), format(FloatRepr.HALF, '.3f'), f'{FloatRepr.HALF}')


class Perm(Flag):
    R = 4
    W = 2
    X = 1


for v in range(8):
    m = Perm(v)
    print(v, repr(m), str(m), format(m), f'{m}', f'[{m:>10}]')


class IPerm(IntFlag):
    R = 4
    W = 2
    X = 1


for v in [0, 1, 3, 7, 8, 12, -1]:
    m = IPerm(v)
    print(v, repr(m), str(m), format(m), f'{m}', f'{m:04b}' if v >= 0 else '')


class Custom(Enum):
    A = 1

    def __str__(self):
        return 'custom-' + self.name

    def __repr__(self):
        return 'Custom(%s)' % self.value


print(str(Custom.A), repr(Custom.A), format(Custom.A), f'{Custom.A}', [Custom.A])


class Fmt(Enum):
    A = 1

    def __format__(self, spec):
        return 'F<' + spec + '>'


print(format(Fmt.A, 'xx'), f'{Fmt.A:abc}', str(Fmt.A), repr(Fmt.A))
print([Color.RED, Num.ONE, Word.HELLO], (Perm.R | Perm.W,), {Color.RED: Num.BIG})
print(repr(Color), repr(Num), repr(Word), repr(Perm), repr(IPerm), repr(Enum), repr(Flag), repr(IntFlag))
print(str(Color), str(Perm))
