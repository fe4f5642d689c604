import pprint
import types
from collections import OrderedDict, defaultdict, Counter, ChainMap, deque, UserDict, UserList, UserString, namedtuple

od = OrderedDict((k, list(range(i))) for i, k in enumerate('zyxwvu'))
print(pprint.pformat(od))
print(pprint.pformat(od, width=30))
print(pprint.pformat(OrderedDict()), pprint.pformat(OrderedDict(a=1)))
dd = defaultdict(list, {'b': [1, 2, 3] * 4, 'a': list(range(10))})
print(pprint.pformat(dd, width=40))
print(pprint.pformat(defaultdict(int)), pprint.pformat(defaultdict(None, {1: 2})))
print(pprint.pformat(defaultdict(None, {i: i for i in range(30)}), width=30))
c = Counter('abracadabra' * 3 + 'zzz')
print(pprint.pformat(c))
print(pprint.pformat(c, width=20))
print(pprint.pformat(c, width=20, indent=3))
print(pprint.pformat(Counter()))
cm = ChainMap({'a': 1, 'b': list(range(20))}, {'c': 3}, {})
print(pprint.pformat(cm))
print(pprint.pformat(cm, width=30))
print(pprint.pformat(ChainMap(), width=5))
print(pprint.pformat(ChainMap({}), width=5))
dq = deque(range(30))
print(pprint.pformat(dq, width=30))
print(pprint.pformat(deque(range(30), maxlen=40), width=30))
print(pprint.pformat(deque(range(3), maxlen=5)), pprint.pformat(deque()), pprint.pformat(deque(maxlen=2)))
ud = UserDict({'x' * 10: list(range(10)), 'y': 2})
print(pprint.pformat(ud), '|', pprint.pformat(ud, width=20))
ul = UserList(range(30))
print(pprint.pformat(ul, width=30))
us = UserString('hello world ' * 10)
print(pprint.pformat(us, width=30))
print(pprint.pformat([ud, ul], width=30))
mp = types.MappingProxyType({'key%d' % i: i for i in range(10)})
print(pprint.pformat(mp), '|', pprint.pformat(mp, width=30))
ns = types.SimpleNamespace(alpha=1, beta=list(range(20)), gamma='g' * 30)
print(pprint.pformat(ns), '|', pprint.pformat(ns, width=30))
class NS(types.SimpleNamespace):
    pass
print(pprint.pformat(NS(a=list(range(30))), width=40))
Point = namedtuple('Point', 'x y z')
p = Point(list(range(10)), 'why' * 10, {'z': 1})
print(pprint.pformat(p), '|')
print(pprint.pformat(p, width=30))
print(pprint.pformat([Point(1, 2, 3)] * 3, width=30))
class MyDict(dict):
    pass
class MyList(list):
    pass
class ReprList(list):
    def __repr__(self):
        return 'ReprList!'
print(pprint.pformat(MyDict({i: 'v' * i for i in range(8)}), width=30))
print(pprint.pformat(MyList(range(30)), width=30))
print(pprint.pformat(ReprList(range(30)), width=5))
print(pprint.pformat([ReprList([1])] * 3, width=5))
class MySet(set):
    pass
class MyFS(frozenset):
    pass
print(pprint.pformat(MySet(range(20)), width=20))
print(pprint.pformat(MyFS(range(20)), width=20))
print(pprint.pformat(MySet()), pprint.pformat(MyFS()))
class MyOD(OrderedDict):
    pass
print(pprint.pformat(MyOD(a=list(range(20))), width=30))
class MyCounter(Counter):
    pass
print(pprint.pformat(MyCounter('aaabbc' * 10), width=10))
