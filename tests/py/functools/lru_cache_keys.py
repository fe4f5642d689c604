# lru_cache keys: keyword order, typed, unhashable arguments, recursion, clearing.
import functools
from functools import lru_cache

seen = []
@lru_cache(maxsize=None)
def f(*args, **kw):
    seen.append((args, sorted(kw.items())))
    return len(seen)

print(f(1, 2), f(1, 2), f(a=1, b=2), f(b=2, a=1), f(a=1, b=2))
print(f(1), f(1.0), f(True), f('1'), f((1,)))
print(f.cache_info())
try:
    f([1])
except TypeError as e:
    print('TypeError', e)
try:
    f(x={})
except TypeError as e:
    print('TypeError', e)
print(f.cache_info())

@lru_cache(maxsize=None, typed=True)
def t(*args, **kw):
    return (args, kw)
t(1); t(1.0); t(True); t(x=1); t(x=1.0); t(1, x=1)
print(t.cache_info())

@lru_cache(maxsize=2)
def rec(n):
    return n if n < 2 else rec(n - 1) + rec(n - 2)
print(rec(20), rec.cache_info())
rec.cache_clear()
print(rec.cache_info(), rec(3), rec.cache_info())

class Key:
    hashes = 0
    def __init__(self, v):
        self.v = v
    def __hash__(self):
        return hash(self.v)
    def __eq__(self, other):
        return isinstance(other, Key) and self.v == other.v
@lru_cache(maxsize=4)
def k(key):
    return key.v * 2
print(k(Key(1)), k(Key(1)), k(Key(2)), k.cache_info())
@lru_cache(maxsize=1)
def one(x):
    seen.append(x)
    return x
seen.clear()
one(1); one(1); one(2); one(1)
print(seen, one.cache_info())
print(lru_cache(maxsize=None)(len)('abc'), lru_cache(5)(abs)(-3))
w = lru_cache()(max)
print(w.__name__, w.__wrapped__ is max, w(1, 5, 2), w.cache_info())
for m in [2 ** 70, 1.5, 'a', None, True, 0, -3]:
    try:
        f = lru_cache(m)
        g = f if isinstance(f, functools._lru_cache_wrapper) else f(len)
        print(m, g.cache_info(), g.cache_parameters())
    except Exception as e:
        print(m, type(e).__name__, e)
try:
    functools._lru_cache_wrapper(len, -2 ** 70, False, tuple)
except OverflowError as e:
    print('OverflowError', e)
try:
    functools._lru_cache_wrapper(5, 3, 0, tuple)
except TypeError as e:
    print('TypeError', e)
try:
    functools._lru_cache_wrapper(len, 'x', 0, tuple)
except TypeError as e:
    print('TypeError', e)
