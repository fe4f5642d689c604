# typing.NamedTuple: class syntax and functional forms
from typing import NamedTuple, List, Optional
import collections

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Point(NamedTuple):
    x: int
    y: int = 0
    label: Optional[str] = None

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)

    @property
    def swapped(self):
        return Point(self.y, self.x, self.label)

p = Point(1, 2)
t('repr', lambda: p)
t('defaults', lambda: Point(5))
t('kw', lambda: Point(y=3, x=4, label='a'))
t('fields', lambda: Point._fields)
t('field defaults', lambda: Point._field_defaults)
t('annotations', lambda: Point.__annotations__)
t('method', lambda: p.norm())
t('property', lambda: p.swapped)
t('replace', lambda: p._replace(x=9))
t('asdict', lambda: p._asdict())
t('make', lambda: Point._make([7, 8, 'z']))
t('tuple eq', lambda: Point(1, 2) == (1, 2, None))
t('is tuple', lambda: isinstance(p, tuple))
t('mro', lambda: Point.__mro__)
t('bases', lambda: Point.__bases__)
t('module', lambda: Point.__module__)
t('name', lambda: (Point.__name__, Point.__qualname__))
t('index', lambda: (p[0], p[-1], p.x, p.y))
t('unpack', lambda: tuple(p))
t('len', lambda: len(p))
t('missing arg', lambda: Point())
t('too many', lambda: Point(1, 2, 3, 4))
t('unknown kw', lambda: Point(1, z=2))
t('setattr', lambda: setattr(p, 'x', 5))
t('hash eq', lambda: hash(Point(1, 2)) == hash((1, 2, None)))
t('new annotations', lambda: Point.__new__.__annotations__)

class Doc(NamedTuple):
    """A documented tuple."""
    a: int
t('doc', lambda: Doc.__doc__)
class NoDoc(NamedTuple):
    a: int
    b: List[int]
t('default doc', lambda: NoDoc.__doc__)
t('NoDoc', lambda: NoDoc(1, [2]))

class Sub(Point):
    def __repr__(self):
        return 'Sub' + super().__repr__()
t('subclass', lambda: Sub(1, 2))
t('subclass mro', lambda: Sub.__mro__)

class Empty(NamedTuple):
    pass
t('empty', lambda: (Empty(), Empty._fields))

class ClassAttr(NamedTuple):
    a: int
    CONST = 10
    def double(self):
        return self.a * self.CONST
t('class attr', lambda: (ClassAttr(2).double(), ClassAttr._fields))

Emp = NamedTuple('Emp', [('name', str), ('id', int)])
t('functional', lambda: Emp('ann', 3))
t('functional annotations', lambda: Emp.__annotations__)
t('functional module', lambda: Emp.__module__)
t('functional fields', lambda: Emp._fields)
Emp2 = NamedTuple('Emp2', name=str, id=int)
t('keywords', lambda: Emp2('bob', 4))
t('keywords fields', lambda: Emp2._fields)
t('both', lambda: NamedTuple('X', [('a', int)], b=int))
t('bad type', lambda: NamedTuple('X', [('a', 3)]))
t('field type tuple', lambda: NamedTuple('X', [('a', (int, str))]))
t('no fields', lambda: NamedTuple('X', [])())
t('same as namedtuple', lambda: repr(Emp('a', 1)) == repr(collections.namedtuple('Emp', 'name id')('a', 1)))

def errors():
    bodies = [
        'class Q(NamedTuple):\n    a: int = 1\n    b: int\n',
        'class Q(NamedTuple):\n    a: int = 1\n    c: int = 2\n    b: int\n',
        'class Q(NamedTuple, int):\n    a: int\n',
        'class Q(NamedTuple):\n    a: int\n    def _asdict(self): pass\n',
        'class Q(NamedTuple):\n    a: int\n    _fields = 3\n',
        'class Q(NamedTuple):\n    a: int\n    def __init__(self): pass\n',
    ]
    for body in bodies:
        try:
            exec(body, globals())
            print('ok')
        except Exception as e:
            print(type(e).__name__, e)
errors()
