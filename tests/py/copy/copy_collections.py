# copy of collections types: deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap.
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap

d = deque([[1], [2]], maxlen=5)
c, dc = copy.copy(d), copy.deepcopy(d)
print(c, dc, c[0] is d[0], dc[0] is d[0], c.maxlen, dc.maxlen)
od = OrderedDict(b=[1], a=[2])
c, dc = copy.copy(od), copy.deepcopy(od)
print(c, dc, type(c).__name__, c['b'] is od['b'], dc['b'] is od['b'], list(dc))
dd = defaultdict(list, x=[1])
c, dc = copy.copy(dd), copy.deepcopy(dd)
print(c, dc, c.default_factory, dc['new'], c['x'] is dd['x'], dc['x'] is dd['x'])
cnt = Counter('hello')
c, dc = copy.copy(cnt), copy.deepcopy(cnt)
print(c, dc, type(dc).__name__, c == cnt)
P = namedtuple('P', 'x y')
p = P([1], 2)
c, dc = copy.copy(p), copy.deepcopy(p)
print(c, dc, type(dc).__name__, c is p, dc.x is p.x)
cm = ChainMap({'a': [1]}, {'b': 2})
c, dc = copy.copy(cm), copy.deepcopy(cm)
print(c, dc, c.maps[0] is cm.maps[0], c.maps[1] is cm.maps[1], dc.maps[1] is cm.maps[1])
class MyDeque(deque):
    pass
md = MyDeque([1, [2]]); md.tag = 't'
c, dc = copy.copy(md), copy.deepcopy(md)
print(type(c).__name__, c, type(dc).__name__, dc, dc.tag, dc[1] is md[1])
rec = deque(); rec.append(rec)
r2 = copy.deepcopy(rec)
print(r2, r2[0] is r2)
