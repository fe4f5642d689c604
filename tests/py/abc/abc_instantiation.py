# abc: which instantiation paths report abstract methods, and the message forms (singular/plural, sorted).
from abc import ABC, abstractmethod

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print('created', type(r).__name__)

def make(names):
    ns = {n: abstractmethod(lambda self: None) for n in names}
    return type('Gen', (ABC,), ns)
for names in (['one'], ['b', 'a'], ['z', 'y', 'x', 'w'], ['__call__', 'Upper', '_private']):
    trap(lambda: make(names)())
class K(ABC):
    @abstractmethod
    def f(self): ...
    def __init__(self, *a, **kw):
        print('init never runs')
trap(lambda: K())
trap(lambda: K(1, x=2))
class Dict(dict, ABC):
    @abstractmethod
    def f(self): ...
trap(lambda: Dict(a=1))
class Tup(tuple, ABC):
    @abstractmethod
    def f(self): ...
trap(lambda: Tup([1]))
class Chained(ABC):
    def __new__(cls, *args):
        print('Chained.__new__')
        return super().__new__(cls)
    @abstractmethod
    def f(self): ...
trap(lambda: Chained())
class Impl(K):
    def f(self):
        return 'f'
trap(lambda: Impl())
print(Impl.__abstractmethods__ == frozenset(), bool(K.__abstractmethods__))
