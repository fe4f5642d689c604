# namedtuple: validation errors, rename, defaults, module, subclassing.
from collections import namedtuple

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

trap(lambda: namedtuple('1abc', 'x'))
trap(lambda: namedtuple('a b', 'x'))
trap(lambda: namedtuple('class', 'x'))
trap(lambda: namedtuple('T', 'x 1y'))
trap(lambda: namedtuple('T', 'x def'))
trap(lambda: namedtuple('T', 'x _y'))
trap(lambda: namedtuple('T', 'x x'))
trap(lambda: namedtuple('T', 'x y x'))
trap(lambda: namedtuple('T', ['x', 3]))
trap(lambda: namedtuple('T', 'x-y'))
trap(lambda: namedtuple('T', 5))
trap(lambda: namedtuple('T', ['ok', '']))
trap(lambda: namedtuple(5, 'x'))
trap(lambda: namedtuple('T', 'x', 'y'))
trap(lambda: namedtuple('T', 'x', bogus=1))
R = namedtuple('R', ['abc', 'def', 'ghi', 'abc', '_x', '1', 'ok', 'for', 'x y'], rename=True)
print(R._fields)
print(R(*range(9)))
print(namedtuple('R2', 'a a a', rename=True)._fields)
print(namedtuple('R3', ['_a', '_b'], rename=True)._fields)
trap(lambda: namedtuple('class', 'x', rename=True))

D = namedtuple('D', 'a b c', defaults=[2, 3])
print(D(1), D(1, 5), D(1, 5, 6), D._field_defaults, D.__new__.__defaults__)
trap(lambda: D())
trap(lambda: namedtuple('D2', 'a b', defaults=(1, 2, 3)))
D3 = namedtuple('D3', 'a b', defaults=(1, 2))
print(D3(), D3(b=9), D3._field_defaults)
D4 = namedtuple('D4', 'a b', defaults=())
print(D4._field_defaults, D4.__new__.__defaults__)
trap(lambda: D4())
D5 = namedtuple('D5', 'a b', defaults=iter([7]))
print(D5(0), D5._field_defaults)
D6 = namedtuple('D6', 'a', defaults=None)
print(D6._field_defaults, D6.__new__.__defaults__)
trap(lambda: namedtuple('D7', 'a', defaults=5))

M = namedtuple('M', 'a', module='some.where')
print(M.__module__, M)
print(namedtuple('M2', 'a').__module__)
M3 = namedtuple('M3', 'a', module=None)
print(M3.__module__)

class Point3(namedtuple('Point3Base', 'x y z')):
    __slots__ = ()
    @property
    def norm1(self):
        return abs(self.x) + abs(self.y) + abs(self.z)
    def __str__(self):
        return f'<{self.x},{self.y},{self.z}>'
p = Point3(1, -2, 3)
print(p, repr(p), p.norm1, p._replace(x=-5), type(p._replace(x=0)).__name__)
print(Point3._make([0, 0, 0]), type(Point3._make([0, 0, 0])).__name__, p._asdict())
trap(lambda: setattr(p, 'w', 1))
print(Point3.__mro__[1].__name__, Point3._fields)

class WithDict(namedtuple('Base', 'a')):
    pass
w = WithDict(1); w.extra = 2; print(w, w.extra, w.__dict__)

Ex = namedtuple('Ex', 'x y')
Ex.x.__doc__ = 'the x'
print(Ex.x.__doc__, Ex.y.__doc__)
print(Ex.__new__.__defaults__)
Ex.__new__.__defaults__ = (0,)
print(Ex(5))
print(namedtuple('Self', 'self cls _cls'.replace('_cls', 'c'))(1, 2, 3))
print(namedtuple('Kw', 'a b')(b=1, a=2))
