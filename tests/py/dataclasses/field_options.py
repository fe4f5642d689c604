# field(): default, default_factory, init, repr, hash, compare, metadata, Field repr.
from dataclasses import dataclass, field, fields, Field, MISSING

counter = [0]


def make_id():
    counter[0] += 1
    return counter[0]


@dataclass
class Item:
    name: str
    tags: list = field(default_factory=list)
    ident: int = field(default_factory=make_id)
    secret: str = field(default='s3', repr=False)
    weight: float = field(default=1.0, compare=False)
    cache: dict = field(default_factory=dict, init=False, repr=False)
    note: str = field(default='n', init=False)
    meta: int = field(default=0, metadata={'unit': 'kg', 'k': 1})


a = Item('a')
b = Item('b', ['x'])
print(a)
print(b)
print(a.tags is not Item('c').tags, a.cache, a.note, a.secret)
print(Item('a', ident=1) == Item('a', ident=1, weight=5.0))
print(Item('a', ident=1) == Item('a', ident=2))
print(Item.__doc__)
print('tags' in Item.__dict__, 'ident' in Item.__dict__, Item.secret, Item.note, 'cache' in Item.__dict__)
try:
    Item('a', cache={})
except TypeError as e:
    print(type(e).__name__, e)

def nomiss(s):
    return str(s).replace(repr(MISSING), 'MISSING')


for f in fields(Item):
    print(f.name, f.type.__name__, nomiss(f.default), f.default_factory is MISSING, f.init, f.repr,
          f.hash, f.compare, dict(f.metadata), f.kw_only)

f = fields(Item)[0]
print(nomiss(f))
print(nomiss(fields(Item)[-1]))
print(type(fields(Item)[-1].metadata).__name__, fields(Item)[-1].metadata['unit'])
try:
    fields(Item)[-1].metadata['x'] = 1
except TypeError as e:
    print(type(e).__name__, e)
print(fields(Item)[0].metadata is fields(Item)[1].metadata, len(fields(Item)[0].metadata))

fr = field(default=5, repr=False, hash=True, kw_only=True)
print(type(fr).__name__, fr.default, fr.repr, fr.hash, fr.kw_only, fr.name, fr.type)
print(field().default is MISSING, field().kw_only is MISSING, field().init)
print(repr(field(default=1)).replace(repr(MISSING), 'MISSING'))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print(type(e).__name__, e)
try:
    field(1)
except TypeError as e:
    print(type(e).__name__, e)
print(Field.__slots__)
print(Field[int])
print(isinstance(f, Field), type(f) is Field)


@dataclass
class Factories:
    a: list = field(default_factory=lambda: [1, 2])
    b: set = field(default_factory=set)
    c: str = field(default_factory=str)


x = Factories()
print(x, x == Factories(), Factories([3], {4}, 'z'))
print(Factories.__init__.__defaults__)
print(Factories.__doc__)
x.a.append(3)
print(Factories(), x)


@dataclass
class NotInit:
    a: int
    b: int = field(init=False)

    def __post_init__(self):
        self.b = self.a * 2


print(NotInit(4), NotInit.__match_args__)


@dataclass
class Missing:
    a: int
    b: int = field(init=False)


m = Missing(1)
try:
    print(m)
except AttributeError as e:
    print(type(e).__name__, e)
m.b = 3
print(m)


class Desc:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 42
        return obj.__dict__.get('_' + self.name, 42)

    def __set__(self, obj, value):
        obj.__dict__['_' + self.name] = value


@dataclass
class UsesDesc:
    d: int = field(default=Desc())
    e: int = Desc()


u = UsesDesc()
print(type(u.d).__name__, u.e, UsesDesc(1, 2))
print(type(fields(UsesDesc)[0].default).__name__)
