# weakref's containers and helpers: WeakKeyDictionary, WeakValueDictionary (full mapping API),
# WeakSet, WeakMethod, finalize, proxy
import gc
import weakref


class Obj:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return 'Obj(%r)' % self.name

    def method(self):
        return 'method of ' + self.name


a, b, c = Obj('a'), Obj('b'), Obj('c')
l0 = []
wk = weakref.WeakKeyDictionary({a: 1, b: 2})
wk[c] = 3
print(len(wk), wk[a], a in wk, 5 in wk, sorted(v for v in wk.values()), wk.get(b), wk.get(Obj('x'), 'dflt'))
print(sorted(k.name for k in wk.keys()), sorted((k.name, v) for k, v in wk.items()), len(wk.keyrefs()))
print(wk.pop(c), wk.setdefault(c, 30), wk.setdefault(c, 31), len(wk.copy()))
del wk[a]
print(len(wk), isinstance(wk, weakref.WeakKeyDictionary), repr(wk).startswith('<WeakKeyDictionary at 0x'))
wk2 = wk | {a: 9}
print(type(wk2).__name__, len(wk2), wk2[a])
wk.clear()
print(len(wk))
wv = weakref.WeakValueDictionary(x=a, y=b)
wv.update({'z': c})
print(sorted(wv), wv['x'], 'y' in wv, 'q' in wv, wv.get('q', 0), sorted(o.name for o in wv.values()))
print(wv.pop('z'), wv.pop('z', 'gone'), wv.setdefault('w', c), len(wv.valuerefs()), len(wv.copy()))
wv.clear()
print(len(wv), dict(wv))
for op in (lambda: wv['nope'], lambda: wv.pop('nope'), lambda: wk[Obj('new')]):
    try:
        op()
    except KeyError as e:
        print('KeyError', type(e.args[0]).__name__)
ws = weakref.WeakSet([a, b])
ws.add(c)
print(len(ws), a in ws, 3 in ws, sorted(o.name for o in ws), type(ws).__module__)
ws.discard(c)
ws.remove(b)
print(sorted(o.name for o in ws), ws == weakref.WeakSet([a]), ws <= weakref.WeakSet([a, b]))
print(sorted(o.name for o in (ws | weakref.WeakSet([c]))), len(ws & [a]), len(ws - [a]), ws.pop().name, len(ws))
try:
    ws.pop()
except KeyError as e:
    print('KeyError', e)
wm = weakref.WeakMethod(a.method)
print(wm()(), wm == weakref.WeakMethod(a.method), wm() == a.method)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print('TypeError', e)
log = []
f = weakref.finalize(a, log.append, 'finalized a')
print(f.alive, f.atexit, f.peek()[1:] == (log.append, ('finalized a',), {}), repr(f).split(';')[1].split(' at ')[0])
print(f(), log, f.alive, f(), f.peek(), repr(f).endswith('dead>'))
g = weakref.finalize(b, log.append, 'b at exit')
print(g.detach()[2], g.alive, g.detach())
p = weakref.proxy(c)
print(p.name, p.method(), str(p), repr(p).split(' to ')[1].split(' at ')[0], type(p) is weakref.ProxyType, weakref.proxy(len)('abc'))
print(len == len, [].append == [].append, l0.append == l0.append, (1).__add__ == (1).__add__, hash(l0.append) == hash(l0.append))
p.name = 'renamed'
print(c.name, weakref.getweakrefcount(c) >= 1, isinstance(p, weakref.ProxyTypes))
class L(list):
    pass


lp = weakref.proxy(l := L([3, 1, 2]))
print(len(lp), lp[0], sorted(lp), 2 in lp, lp + [9], [0] + lp)
try:
    hash(p)
except TypeError as e:
    print('TypeError', e)
print(weakref.__all__)
