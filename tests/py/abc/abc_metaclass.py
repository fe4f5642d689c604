# abc: ABCMeta subclasses, mixing with other metaclasses, class creation kwargs, instance checks.
from abc import ABCMeta, ABC, abstractmethod

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class Registry(ABCMeta):
    classes = []
    def __new__(mcls, name, bases, ns, **kw):
        cls = super().__new__(mcls, name, bases, ns, **kw)
        mcls.classes.append(name)
        return cls
class Plugin(metaclass=Registry):
    @abstractmethod
    def load(self): ...
class Csv(Plugin):
    def load(self):
        return 'csv'
print(Registry.classes, type(Csv).__name__, Csv().load(), isinstance(Csv(), Plugin))
trap(lambda: Plugin())

class Other(type):
    pass
trap(lambda: type('Both', (ABC, Other('O', (), {})), {}))
class Combined(ABCMeta, Other):
    pass
class UsesCombined(metaclass=Combined):
    pass
print(type(UsesCombined).__name__, isinstance(UsesCombined, Other), isinstance(UsesCombined, ABCMeta))

class Counted(ABC):
    instances = 0
    def __init__(self, v):
        Counted.instances += 1
        self.v = v
class Impl(Counted):
    pass
print(Impl(3).v, Counted.instances, Counted(4).v, Counted.instances)

class Proto(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Proto:
            return all(any(m in B.__dict__ for B in C.__mro__) for m in ('open', 'close'))
        return NotImplemented
class File:
    def open(self): ...
    def close(self): ...
class Half:
    def open(self): ...
print(issubclass(File, Proto), issubclass(Half, Proto), isinstance(File(), Proto), isinstance(Half(), Proto))
class Sub(Proto):
    pass
print(issubclass(File, Sub), issubclass(Sub, Proto))
print(Proto.__subclasshook__(File), Sub.__subclasshook__(File))
print(ABC.__subclasshook__(int) if hasattr(ABC, '__subclasshook__') else 'none')
class WithSlots(ABC):
    __slots__ = ('a',)
w = WithSlots(); w.a = 1; print(w.a)
trap(lambda: setattr(w, 'b', 2))
class Generic(ABC):
    def __class_getitem__(cls, item):
        return f'{cls.__name__}[{item.__name__}]'
print(Generic[int])
print([c.__name__ for c in type.__subclasses__(Plugin)], Plugin.__subclasses__() == [Csv])
