# functools.lru_cache: hits/misses, eviction order, typed, maxsize forms, wrapper attributes.
import functools
from functools import lru_cache

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

calls = []
@lru_cache(maxsize=3)
def sq(x):
    calls.append(x)
    return x * x

for v in [1, 2, 3, 1, 4, 2, 5, 1, 3, 3]:
    sq(v)
print(calls)
print(sq.cache_info())
info = sq.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize, tuple(info), type(info).__name__)
print(sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())

@lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
print(fib.cache_parameters(), fib.__name__, fib.__wrapped__(5))

@lru_cache()
def ident(*args, **kw):
    calls.append((args, kw))
    return args, kw
calls.clear()
ident(1); ident(1); ident(1.0); ident(x=1); ident(x=1); ident(1, x=1); ident(True)
print(len(calls), ident.cache_info())

@lru_cache(typed=True)
def typed(x):
    return type(x).__name__
print(typed(1), typed(1.0), typed(True), typed(1), typed.cache_info())
print(typed.cache_parameters())

@lru_cache(maxsize=None)
def unbounded(x):
    return x + 1
for i in range(300):
    unbounded(i % 150)
print(unbounded.cache_info())

@lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@lru_cache(maxsize=-5)
def neg(x):
    return x
neg(1); neg(1)
print(neg.cache_info(), neg.cache_parameters())

@functools.cache
def cached(x):
    "cached doc"
    return [x]
a = cached(1)
print(a is cached(1), cached.cache_info(), cached.__doc__, cached.cache_parameters())

show(lru_cache, 'a')
show(lru_cache, 1.5)
show(lru_cache(3), 5)
show(sq, [1])
show(sq)
show(sq, 1, 2)
print(sq.__name__, sq.__qualname__, sq.__module__, sq.__wrapped__(7))
print(type(sq).__name__, type(sq).__module__)

class C:
    def __init__(self, n):
        self.n = n
    @lru_cache(maxsize=8)
    def method(self, x):
        return self.n * x
    def __hash__(self):
        return self.n
    def __eq__(self, other):
        return self.n == other.n
c = C(3)
print(c.method(2), c.method(2), C.method.cache_info(), C(3).method(2), C.method.cache_info())
print(C.method(c, 5), type(C.__dict__['method']).__name__)

# Exceptions are not cached.
@lru_cache
def boom(x):
    calls.append(x)
    raise ValueError(x)
calls.clear()
for _ in range(2):
    try:
        boom(1)
    except ValueError as e:
        print('ValueError', e)
print(calls, boom.cache_info())

# The most recently used entries survive.
order = []
@lru_cache(maxsize=2)
def g(x):
    order.append(x)
    return x
g(1); g(2); g(1); g(3); g(1); g(2)
print(order, g.cache_info())
print(functools._CacheInfo(1, 2, 3, 4))
import copy
print(copy.copy(g) is g, copy.deepcopy(g) is g)
