# abc: ABCMeta, ABC, abstractmethod, instantiation errors (CPython 3.11 wording).
import abc
from abc import ABC, ABCMeta, abstractmethod

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r) if not hasattr(r, '__dict__') or isinstance(r, type) else type(r).__name__)

class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    @abstractmethod
    def perimeter(self):
        return 0
    def describe(self):
        return f'{type(self).__name__} with area {self.area()}'

print(sorted(Shape.__abstractmethods__), type(Shape).__name__, type(Shape.__abstractmethods__).__name__)
trap(lambda: Shape())
class Half(Shape):
    def area(self):
        return 1
print(sorted(Half.__abstractmethods__))
trap(lambda: Half())
class Square(Half):
    def __init__(self, s):
        self.s = s
    def area(self):
        return self.s ** 2
    def perimeter(self):
        return 4 * self.s
sq = Square(3)
print(Square.__abstractmethods__, sq.area(), sq.perimeter(), sq.describe(), isinstance(sq, Shape))
print(Shape.perimeter(sq), Shape.area(sq))

class Many(ABC):
    @abstractmethod
    def zeta(self): pass
    @abstractmethod
    def alpha(self): pass
    @abstractmethod
    def mid(self): pass
trap(lambda: Many())
trap(lambda: Many(1, 2))
class WithInit(Many):
    def __init__(self, *args):
        pass
trap(lambda: WithInit(1, 2))
class NoAbstract(ABC):
    pass
print(type(NoAbstract()).__name__, NoAbstract.__abstractmethods__)
trap(lambda: NoAbstract(1))
trap(lambda: type(ABC()).__name__)
print(ABC.__abstractmethods__, ABC.__slots__)

class Meta(metaclass=ABCMeta):
    @abstractmethod
    def f(self): pass
trap(lambda: Meta())
class Concrete(Meta):
    f = None
print(type(Concrete()).__name__)
class Override(Meta):
    def f(self):
        return super().f()
print(Override().f())

def func():
    pass
print(abstractmethod(func) is func, func.__isabstractmethod__)

class Props(ABC):
    @property
    @abstractmethod
    def value(self): ...
    @classmethod
    @abstractmethod
    def make(cls): ...
    @staticmethod
    @abstractmethod
    def helper(): ...
print(sorted(Props.__abstractmethods__))
trap(lambda: Props())
class PropsDone(Props):
    value = 3
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def helper():
        return 'h'
print(PropsDone.make().value, PropsDone.helper())

class Legacy(ABC):
    @abc.abstractproperty
    def p(self): ...
    @abc.abstractclassmethod
    def c(cls): ...
    @abc.abstractstaticmethod
    def s(): ...
print(sorted(Legacy.__abstractmethods__))
trap(lambda: Legacy())

# __abstractmethods__ is computed when the class is made
class Later(ABC):
    @abstractmethod
    def f(self): ...
Later.f = lambda self: 1
trap(lambda: Later())
abc.update_abstractmethods(Later)
print(Later.__abstractmethods__, Later().f())
class Plain:
    pass
print(abc.update_abstractmethods(Plain) is Plain)
class Add(ABC):
    pass
Add.g = abstractmethod(lambda self: 0)
abc.update_abstractmethods(Add)
print(sorted(Add.__abstractmethods__))
trap(lambda: Add())
print(isinstance(abc.get_cache_token(), int))

class IntABC(int, ABC):
    @abstractmethod
    def f(self): ...
print(IntABC(5), type(IntABC(5)).__name__)

class CustomNew(ABC):
    def __new__(cls, *args):
        return super().__new__(cls)
    @abstractmethod
    def f(self): ...
trap(lambda: CustomNew(1))
class Kw(ABC):
    def __init_subclass__(cls, **kw):
        print('init_subclass', cls.__name__, kw)
class KwSub(Kw, flag=False):
    pass
try:
    class KwBad(ABC, flag=True):
        pass
except TypeError as e:
    print(f"{type(e).__name__}: {e}")
