# The functional API: Enum('Name', names, ...).
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, KEEP


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, e)


Color = Enum('Color', 'RED GREEN BLUE')
print(repr(Color), list(Color), Color.__name__, Color.__qualname__, Color.__module__)
Color2 = Enum('Color2', 'RED, GREEN,BLUE')
print(list(Color2))
Color3 = Enum('Color3', ['RED', 'GREEN'])
print(list(Color3))
Color4 = Enum('Color4', ('RED', 'GREEN'))
print(list(Color4))
Color5 = Enum('Color5', [('RED', 10), ('GREEN', 20)])
print(list(Color5))
Color6 = Enum('Color6', {'RED': 'r', 'GREEN': 'g'})
print(list(Color6), Color6('g'))
Started = Enum('Started', 'A B C', start=10)
print(list(Started))
Zero = Enum('Zero', 'A B', start=0)
print(list(Zero))
Nums = IntEnum('Nums', 'ONE TWO THREE')
print(list(Nums), Nums.TWO + 1, str(Nums.THREE))
Words = StrEnum('Words', 'ALPHA BETA')
print(list(Words), Words.ALPHA + '!')
Bits = Flag('Bits', 'A B C')
print(list(Bits), repr(Bits.A | Bits.C))
IBits = IntFlag('IBits', 'A B C')
print(list(IBits), IBits.C | 1)
Typed = Enum('Typed', 'X Y', type=int)
print(list(Typed), Typed.Y + 5, str(Typed.X), repr(Typed.X))
Q = Enum('Q', 'A', qualname='some.Q', module='mymod')
print(Q.__qualname__, Q.__module__, repr(Q.A))
Empty = Enum('Empty', [])
print(list(Empty), len(Empty))
Empty2 = Enum('Empty2', '')
print(list(Empty2))
Alias = Enum('Alias', [('A', 1), ('B', 1), ('C', 2)])
print(list(Alias), Alias.__members__)
show('dup name', lambda: Enum('Dup', 'A B A'))
show('bad name', lambda: Enum('Bad', 'mro'))
show('sunder name', lambda: Enum('Bad', '_x_'))
show('bad pairs', lambda: Enum('Bad', [('A', 1, 2)]))
show('lookup', lambda: Color(2))
show('lookup bad', lambda: Color(9))
show('extend', lambda: Color('More', 'X'))


class Base(Enum):
    def hello(self):
        return 'hello ' + self.name


Sub = Base('Sub', 'ONE TWO')
print(Sub.ONE.hello(), isinstance(Sub.TWO, Base), repr(Sub))
Boundary = Flag('Boundary', 'A B', boundary='keep')
show('str boundary', lambda: Boundary(7))
Boundary2 = Flag('Boundary2', 'A B', boundary=KEEP)
print(repr(Boundary2(7)))
Gen = Enum('Gen', iter([('X', 1), ('Y', 2)]))
print(list(Gen))
