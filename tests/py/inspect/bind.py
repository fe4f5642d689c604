from inspect import signature


def f(a, b=1, *args, c, d=2, **kw):
    pass


def g(x, y, /, z=3, *, w):
    pass


def h(a, b, c=3):
    pass


def v(*args, **kwargs):
    pass


s = signature(f)
for args, kwargs in [((1,), {'c': 3}), ((1, 2, 3, 4), {'c': 5, 'e': 6}), ((), {'a': 1, 'c': 2}),
                     ((1,), {}), ((), {}), ((1,), {'a': 2, 'c': 1}), ((1, 2, 3), {'c': 1, 'd': 0})]:
    for m in ('bind', 'bind_partial'):
        try:
            ba = getattr(s, m)(*args, **kwargs)
            print(m, ba, ba.args, ba.kwargs)
            ba.apply_defaults()
            print('  defaults:', ba, ba.arguments)
        except TypeError as e:
            print(m, 'TypeError', e)

s = signature(g)
for args, kwargs in [((1, 2), {'w': 1}), ((1,), {'y': 2, 'w': 3}), ((1, 2, 3, 4), {'w': 1}),
                     ((1, 2, 3), {}), ((1, 2), {'w': 1, 'q': 2}), ((1, 2), {'z': 1, 'w': 1})]:
    for m in ('bind', 'bind_partial'):
        try:
            ba = getattr(s, m)(*args, **kwargs)
            print(m, ba, ba.args, ba.kwargs)
        except TypeError as e:
            print(m, 'TypeError', e)

s = signature(h)
for args, kwargs in [((1,), {'a': 1}), ((1, 2, 3, 4), {}), ((), {'c': 1}), ((1,), {'b': 2}), ((), {'b': 2, 'a': 1})]:
    try:
        ba = s.bind(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
    except TypeError as e:
        print('TypeError', e)
    try:
        ba = s.bind_partial(*args, **kwargs)
        print(ba, ba.args, ba.kwargs)
        ba.apply_defaults()
        print(ba)
    except TypeError as e:
        print('TypeError', e)

s = signature(v)
ba = s.bind(1, 2, x=3)
print(ba, ba.args, ba.kwargs, ba.signature is s)
ba = s.bind()
print(ba)
ba.apply_defaults()
print(ba)
print(s.bind(1) == s.bind(1), s.bind(1) == s.bind(2))
try:
    hash(s.bind(1))
except TypeError as e:
    print('TypeError', e)
ba = signature(h).bind(1, 2)
ba.arguments['c'] = 9
print(ba.args, h(*ba.args, **ba.kwargs))


def k(a, /, **kw):
    pass


for kwargs in [{'a': 1}, {'b': 2}]:
    try:
        print(signature(k).bind(0, **kwargs))
    except TypeError as e:
        print('TypeError', e)
    try:
        print(signature(k).bind(**kwargs))
    except TypeError as e:
        print('TypeError', e)
