# namedtuple field descriptors (_tuplegetter): repr, docs, use on tuples and subclasses, errors.
from collections import namedtuple

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

P = namedtuple('P', 'a b c')
g = P.__dict__['b']
print(repr(g), g.__doc__, type(g).__name__, type(g).__module__)
print(g.__get__((10, 20, 30)), g.__get__(P(1, 2, 3)), g.__get__(None, P) is g)
trap(lambda: g.__get__((1,)))
trap(lambda: g.__get__([1, 2, 3]))
trap(lambda: g.__get__('abc'))
trap(lambda: g.__set__(P(1, 2, 3), 5))
trap(lambda: g.__delete__(P(1, 2, 3)))
g2 = type(g)(5, 'custom doc')
print(repr(g2), g2.__doc__, g2.__get__(tuple(range(10))))
trap(lambda: type(g)(1))
trap(lambda: type(g)('x', 'doc'))
print(type(g)(-1, None).__get__((7, 8, 9)) if False else 'skip negative')
trap(lambda: type(g)(-1, None).__get__((7, 8, 9)))
print(g.__reduce__()[1], type(g)(0, 'd').__reduce__()[1])
class Sub(P):
    __slots__ = ()
    @property
    def b(self):
        return 'overridden'
s = Sub(1, 2, 3)
print(s.b, s[1], s.a, s.c, Sub.b.__class__.__name__)
class Tup(tuple):
    x = P.__dict__['a']
    y = P.__dict__['c']
print(Tup((5, 6, 7)).x, Tup((5, 6, 7)).y)
trap(lambda: Tup((5,)).y)
P.a.__doc__ = 'first field'
print(P.a.__doc__, P(1, 2, 3).a)
print(P._fields, [type(P.__dict__[f]).__name__ for f in P._fields])
