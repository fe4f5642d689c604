# IntEnum and StrEnum members behave like their data types.
from enum import IntEnum, StrEnum, Enum, auto


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(IntEnum):
    CIRCLE = 1
    SQUARE = 2
    ALIAS = 1


class Request(IntEnum):
    POST = 1
    GET = 2


print(Shape.CIRCLE == 1, Shape.CIRCLE == Request.POST, Shape.SQUARE > Request.POST, Shape.CIRCLE < 1.5)
print(Shape.CIRCLE + Shape.SQUARE, Shape.SQUARE * 10, Shape.SQUARE ** 3, -Shape.CIRCLE, abs(Shape.SQUARE), ~Shape.CIRCLE)
print(Shape.SQUARE / 4, Shape.SQUARE // 4, Shape.SQUARE % 2, divmod(Shape.SQUARE, 3), Shape.SQUARE & 3, Shape.SQUARE | 4)
print(int(Shape.SQUARE), float(Shape.SQUARE), type(Shape.SQUARE + 0).__name__, [10, 20, 30][Shape.SQUARE], range(Shape.SQUARE))
print(sorted([Shape.SQUARE, Shape.CIRCLE, 0, 3]), max(Shape), Shape(1), Shape.ALIAS, list(Shape))
print(hash(Shape.CIRCLE) == hash(1), {1: 'one'}[Shape.CIRCLE], {Shape.CIRCLE: 'x'}[1], Shape.SQUARE.bit_length())
print(str(Shape.CIRCLE), repr(Shape.CIRCLE), f'{Shape.CIRCLE:>4}', '%s %d %r' % (Shape.CIRCLE, Shape.CIRCLE, Shape.CIRCLE))
print(Shape.SQUARE.real, Shape.SQUARE.numerator, Shape.SQUARE.to_bytes(2, 'big'))
show('shape str', lambda: Shape('1'))
show('shape float', lambda: Shape(1.0))
show('shape 3', lambda: Shape(3))
print(isinstance(Shape.CIRCLE, int), issubclass(Shape, int), issubclass(Shape, Enum), Shape.__mro__[1:3])


class Color(StrEnum):
    RED = 'red'
    GREEN = auto()
    BLUE = 'Blue'


print(Color.RED == 'red', Color.RED.upper(), Color.RED + '!', Color.BLUE.lower(), Color.GREEN * 2, len(Color.GREEN))
print(str(Color.RED), repr(Color.RED), f'{Color.RED}', f'[{Color.RED:^9}]', '%s' % Color.BLUE, '-'.join(Color))
print(sorted(Color), Color('red'), Color('green') is Color.GREEN, 'red' in [Color.RED], Color.RED in {'red'})
print(Color.RED.startswith('r'), Color.RED.replace('r', 'R'), Color.BLUE[0], list(Color.RED), Color.RED.value)
print(type(Color.RED.upper()).__name__, isinstance(Color.RED, str), hash(Color.RED) == hash('red'))
show('color bad', lambda: Color('Red'))
show('color int', lambda: Color(1))


class Mixed(StrEnum):
    A = 'a'
    B = b'b', 'ascii'


print(list(Mixed))


class Status(str, Enum):
    OK = 'ok'
    ERR = 'err'


print(Status.OK == 'ok', str(Status.OK), repr(Status.OK), f'{Status.OK}', format(Status.ERR), Status.OK.upper())


class Version(IntEnum):
    V1 = 1
    V2 = 2

    def __str__(self):
        return 'v%d' % self.value


print(str(Version.V1), f'{Version.V2}', repr(Version.V1), format(Version.V1, '03'))
