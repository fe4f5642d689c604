# abc: abstract properties, setters, class/static methods, inherited abstract sets.
from abc import ABC, abstractmethod

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Base(ABC):
    @property
    @abstractmethod
    def name(self):
        ...
    @name.setter
    def name(self, v):
        ...
    @abstractmethod
    def run(self):
        ...
print(sorted(Base.__abstractmethods__))
class OnlyRun(Base):
    def run(self):
        return 'ran'
print(sorted(OnlyRun.__abstractmethods__))
trap(lambda: OnlyRun())
class Full(OnlyRun):
    _n = 'full'
    @property
    def name(self):
        return self._n
    @name.setter
    def name(self, v):
        self._n = v
f = Full(); f.name = 'x'; print(f.name, f.run(), Full.__abstractmethods__)

class Getter(ABC):
    @property
    def plain(self):
        return 1
    @abstractmethod
    def other(self): ...
print(sorted(Getter.__abstractmethods__))

class Deep(ABC):
    @abstractmethod
    def a(self): ...
    @abstractmethod
    def b(self): ...
class L1(Deep):
    def a(self): return 'a'
class L2(L1):
    pass
class L3(L2):
    def b(self): return 'b'
for cls in (Deep, L1, L2, L3):
    print(cls.__name__, sorted(cls.__abstractmethods__))
print(L3().a(), L3().b())
class Reabstract(L3):
    @abstractmethod
    def a(self): ...
print(sorted(Reabstract.__abstractmethods__))
trap(lambda: Reabstract())

class MixinA:
    def b(self):
        return 'mixin b'
class Mixed(MixinA, Deep):
    def a(self):
        return 'a'
print(sorted(Mixed.__abstractmethods__), Mixed().b())
class MixedWrongOrder(Deep, MixinA):
    def a(self):
        return 'a'
print(sorted(MixedWrongOrder.__abstractmethods__))
trap(lambda: MixedWrongOrder())

class Attr(ABC):
    x = abstractmethod(lambda self: 0)
    y = 5
print(sorted(Attr.__abstractmethods__))
class NotAbstractFlag(ABC):
    def f(self): ...
    f.__isabstractmethod__ = False
print(NotAbstractFlag.__abstractmethods__)
class TruthyFlag(ABC):
    def f(self): ...
    f.__isabstractmethod__ = 1
print(sorted(TruthyFlag.__abstractmethods__))
trap(lambda: TruthyFlag())
print(Base.run.__isabstractmethod__, hasattr(OnlyRun.run, '__isabstractmethod__'))
