# The _random core type: methods, subclassing, constructor rules and error messages.
import _random
print(_random.Random.__name__, _random.Random.__module__, _random.Random.__qualname__)
print(_random.__doc__)
print(_random.Random.__doc__)
print(sorted(n for n in dir(_random.Random) if not n.startswith('_')))
r = _random.Random(42)
print(r.random(), r.getrandbits(40))
print(_random.Random(42).random() == _random.Random(-42).random())
print(hasattr(r, 'gauss_next'), hasattr(r, '__dict__'))
r.seed(7)
a = r.random()
r.seed(7.5)
b = r.random()
r.seed()
r.seed(None)
r.seed(7)
print(a == r.random(), a, b)
st = r.getstate()
print(type(st).__name__, len(st), st[-1])
x = r.random()
r.setstate(st)
print(x == r.random())
tests = [
    lambda: _random.Random(1, 2),
    lambda: _random.Random(x=1),
    lambda: _random.Random().seed(1, 2),
    lambda: _random.Random().seed([1]),
    lambda: _random.Random().random(1),
    lambda: _random.Random().getstate(1),
    lambda: _random.Random().setstate(),
    lambda: _random.Random().setstate(1),
    lambda: _random.Random().setstate((1,) * 3),
    lambda: _random.Random().setstate((1,) * 624 + (625,)),
    lambda: _random.Random().setstate((1.0,) * 625),
    lambda: _random.Random().setstate((2**64,) * 625),
    lambda: _random.Random().setstate((-1,) * 625),
    lambda: _random.Random().setstate((2**64 - 1,) * 624 + (3,)) or 'ok',
    lambda: _random.Random().getrandbits(-1),
    lambda: _random.Random().getrandbits(2**70),
    lambda: _random.Random().getrandbits('x'),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
class S(_random.Random):
    def __init__(self, a, b):
        super().__init__(a)
        self.b = b
s = S(3, 4)
print(s.b, s.random() == _random.Random(3).random(), isinstance(s, _random.Random))
class T(_random.Random):
    pass
for args, kw in [((1, 2), {}), ((), {'x': 1})]:
    try:
        T(*args, **kw)
    except TypeError as e:
        print('TypeError', e)
t = T(9)
t.attr = 5
print(t.attr, t.random() == _random.Random(9).random())
class U(int):
    def __abs__(self):
        return 5
print(_random.Random(U(-3)).random() == _random.Random(3).random())
print(_random.Random(True).random() == _random.Random(1).random())
