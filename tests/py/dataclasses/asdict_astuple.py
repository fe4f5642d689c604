# asdict()/astuple(): recursion into dataclasses, lists, tuples, dicts, namedtuples.
from collections import namedtuple, OrderedDict
from dataclasses import dataclass, field, asdict, astuple


@dataclass
class Inner:
    a: int
    b: list = field(default_factory=list)


@dataclass
class Outer:
    name: str
    inner: Inner
    items: list
    mapping: dict
    pair: tuple = (1, 2)


Pt = namedtuple('Pt', 'x y')

o = Outer('o', Inner(1, [Inner(2)]), [Inner(3), 4, (Inner(5),)], {'k': Inner(6), Inner(7).a: [8]}, (Pt(Inner(9), 10), 11))
d = asdict(o)
print(d)
t = astuple(o)
print(t)
print(type(d['pair'][0]).__name__, d['pair'][0].x, type(t[4][0]).__name__)
print(asdict(Inner(1)), astuple(Inner(1)))

lst = [1, [2]]
i = Inner(0, lst)
d = asdict(i)
print(d['b'] == lst, d['b'] is lst, d['b'][1] is lst[1])
t = astuple(i)
print(t[1] is lst, t[1][1] is lst[1])


class Obj:
    def __init__(self, v):
        self.v = v

    def __deepcopy__(self, memo):
        print('deepcopy called')
        return Obj(self.v + 1)


@dataclass
class HasObj:
    o: object


print(asdict(HasObj(Obj(1)))['o'].v)
print(astuple(HasObj(Obj(1)))[0].v)

print(asdict(o, dict_factory=OrderedDict)['inner'])
print(astuple(Inner(1, [2]), tuple_factory=list))


def pairs(items):
    return [(k.upper(), v) for k, v in items]


print(asdict(Inner(5, [Inner(6)]), dict_factory=pairs))

for fn in (asdict, astuple):
    for bad in (Inner, 1, None, [Inner(1)]):
        try:
            fn(bad)
        except TypeError as e:
            print(fn.__name__, type(e).__name__, e)


class MyList(list):
    pass


class MyDict(dict):
    pass


@dataclass
class Subs:
    l: MyList
    d: MyDict


s = asdict(Subs(MyList([Inner(1)]), MyDict(x=Inner(2))))
print(type(s['l']).__name__, s['l'], type(s['d']).__name__, s['d'])
s = astuple(Subs(MyList([Inner(1)]), MyDict(x=Inner(2))))
print(type(s[0]).__name__, s)


@dataclass
class WithClassAttr:
    a: int = 1
    b: str = field(default='x', repr=False, compare=False)


print(asdict(WithClassAttr()), astuple(WithClassAttr()))


@dataclass
class Tree:
    value: int
    children: list = field(default_factory=list)


tree = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(asdict(tree))
print(astuple(tree))
print(asdict(Outer('x', None, [], {}, ())))
print(asdict(Inner({1: Inner(2)}, [{'k': (Inner(3),)}])))
print(astuple(Inner(frozenset([1]), [set()])))
