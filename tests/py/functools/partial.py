# functools.partial: attributes, calls, keyword merging, flattening, repr, errors.
from functools import partial

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

def f(*args, **kw):
    return args, kw

p = partial(f, 1, 2, a=3)
print(p.func is f, p.args, p.keywords)
print(p(), p(3), p(4, b=5), p(a=9), p(a=1, b=2, c=3))
print(repr(partial(max, 1, key=abs)), repr(partial(max)))
print(partial(max, 'x', 1.5, None, [1]).args)
q = partial(p, 10, b=20)
print(q.func is f, q.args, q.keywords, q())
p.x = 1
r = partial(p, 5)
print(r.func is p, r.args, r(), p.__dict__)
print(repr(partial(partial(partial(min, 1), 2), 3)))
show(partial)
show(partial, 1)
show(partial, None)
show(partial, func=max)
for attr in ('func', 'args', 'keywords'):
    try:
        setattr(p, attr, 1)
    except AttributeError as e:
        print('AttributeError', e)
    try:
        delattr(p, attr)
    except (AttributeError, TypeError) as e:
        print(type(e).__name__, e)
kw = partial(f, a=1)
kw.keywords['b'] = 2
print(kw())
print(kw(b=3, a=0), kw.keywords)
a = partial(f)
print(a.args, a.keywords, a(1, x=2))
show(partial(int, '10'), base=2)
show(partial(int, base=2), '111')
show(partial(int, base=2), '111', base=3)
show(partial(divmod, 7), 0)
print(partial(pow, 2)(10), list(map(partial(pow, 2), range(5))))
print(sorted(['b', 'A', 'c'], key=partial(str.lower)))
class P(partial):
    pass
sp = P(max, 1)
print(repr(sp), type(sp).__name__, sp(5), isinstance(sp, partial))
print(repr(partial(sp, 2)), repr(P(partial(min, 3), 4)))
class Q(partial):
    def __repr__(self):
        return 'Q!'
print(repr(Q(len)), repr(partial(Q(len))))
rec = partial(max)
rec.keywords['me'] = rec
print(repr(rec))
recp = partial(max, 1)
recp2 = partial(max, recp)
print(repr(recp2))
print(p.__reduce__()[0] is partial, p.__reduce__()[1] == (f,))
s = partial(f)
s.__setstate__((max, (1, 2), {'k': 3}, None))
print(s.func, s.args, s.keywords, s.__dict__)
show(s.__setstate__, 1)
show(s.__setstate__, (1, 2))
show(s.__setstate__, (1, (), {}, None))
show(s.__setstate__, (max, [], {}, None))
d = partial(f)
d.__dict__ = {'z': 1}
print(d.z)
show(setattr, d, '__dict__', 5)
print(partial.__name__, partial.__module__, partial.__qualname__)
print(partial[int])
class Holder:
    m = partial(f, 'bound?')
print(Holder().m())
import weakref
w = weakref.ref(p)
print(w() is p)
print(hash(p) == hash(p), p == p, p != partial(f, 1, 2, a=3))
