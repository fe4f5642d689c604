# replace() and make_dataclass().
import dataclasses
from dataclasses import dataclass, field, fields, replace, make_dataclass, InitVar


@dataclass
class C:
    a: int
    b: str = 'b'
    c: list = field(default_factory=list)
    d: int = field(default=0, init=False)


x = C(1, c=[1])
y = replace(x, b='new')
print(x, y, y.c is x.c)
print(replace(x), replace(x) is not x, replace(x) == x)
for kw in [{'d': 1}, {'e': 2}]:
    try:
        replace(x, **kw)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
for bad in [C, 1]:
    try:
        replace(bad, a=1)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    replace()
except TypeError as e:
    print(type(e).__name__, e)
try:
    replace(obj=x)
except TypeError as e:
    print(type(e).__name__, e)


@dataclass
class Obj:
    obj: int


print(replace(Obj(1), obj=2))

M = make_dataclass('M', ['a', ('b', int), ('c', list, field(default_factory=list)), ('d', str, 'dflt')])
m = M(1, 2)
print(m, M.__name__, M.__qualname__, M.__module__ == __name__ or M.__module__, M.__doc__)
print(M.__annotations__)
print([f.name for f in fields(M)], fields(M)[0].type)

N = make_dataclass('N', [('x', int, 0)], bases=(M,), namespace={'double': lambda self: self.x * 2},
                   frozen=True, order=True, kw_only=False) if False else None
Base = make_dataclass('Base', [('x', int)], namespace={'double': lambda self: self.x * 2})
N = make_dataclass('N', [('y', int, 5)], bases=(Base,), frozen=False, order=True)
n = N(3)
print(n, n.double(), N(1) < N(2), N.__mro__[1].__name__, N.__doc__)
F = make_dataclass('F', [('v', int)], frozen=True, slots=True)
print(F(1), F.__slots__, hash(F(1)) == hash((1,)))
K = make_dataclass('K', [('v', int), ('w', int)], kw_only=True, repr=False, eq=False)
print(K.__dataclass_params__, K(v=1, w=2).w)

for spec in [['a', 'a'], ['class'], ['1x'], [('a', int, 1, 2)], [5], [('a b', int)], [()]]:
    try:
        make_dataclass('Bad', spec)
    except TypeError as e:
        print(type(e).__name__, e)
try:
    make_dataclass('Bad', [('a', int, 1), 'b'])
except TypeError as e:
    print(type(e).__name__, e)
E = make_dataclass('E', [])
print(E(), E.__doc__)
I = make_dataclass('I', [('a', int), ('scale', InitVar[int], 2)], namespace={'__post_init__': lambda self, scale: setattr(self, 'a', self.a * scale)})
print(I(3), I(3, 3))
print(replace(I(2), scale=5))
G = make_dataclass('G', iter([('g', int)]))
print(G(1))
