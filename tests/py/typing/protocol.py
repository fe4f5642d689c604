# Protocol, runtime_checkable and the Supports* protocols
from typing import (Protocol, runtime_checkable, TypeVar, SupportsInt, SupportsFloat,
                    SupportsIndex, SupportsAbs, SupportsRound, SupportsComplex, SupportsBytes,
                    Iterable, Generic)

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

class Closable(Protocol):
    def close(self) -> None:
        ...

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str:
        ...

@runtime_checkable
class Named(Protocol):
    name: str

class File:
    def close(self):
        return 'closed'

class Circle:
    def draw(self):
        return 'circle'

class Person:
    name = 'bob'

class NoDraw:
    draw = None

t('non-runtime isinstance', lambda: isinstance(File(), Closable))
t('non-runtime issubclass', lambda: issubclass(File, Closable))
t('isinstance yes', lambda: isinstance(Circle(), Drawable))
t('isinstance no', lambda: isinstance(File(), Drawable))
t('issubclass yes', lambda: issubclass(Circle, Drawable))
t('issubclass no', lambda: issubclass(int, Drawable))
t('None blocks', lambda: isinstance(NoDraw(), Drawable))
t('None blocks issubclass', lambda: issubclass(NoDraw, Drawable))
t('data member isinstance', lambda: isinstance(Person(), Named))
t('data member missing', lambda: isinstance(Circle(), Named))
t('data member issubclass', lambda: issubclass(Person, Named))
t('issubclass non-class', lambda: issubclass(1, Drawable))
t('instantiate protocol', lambda: Closable())
t('instantiate runtime protocol', lambda: Drawable())
t('runtime_checkable on class', lambda: runtime_checkable(File))
t('runtime_checkable on generic', lambda: runtime_checkable(Generic))
print(Closable._is_protocol, Drawable._is_runtime_protocol, Closable._is_runtime_protocol)
print(Drawable.__mro__)

class Impl(Closable):
    pass
class ImplInit(Drawable):
    def __init__(self, v):
        self.v = v
print(type(Impl()).__name__, Impl._is_protocol, ImplInit(3).v, Impl().close())
print(isinstance(ImplInit(1), Drawable), issubclass(ImplInit, Drawable))

class Sub(Drawable, Protocol):
    def extra(self) -> int:
        ...
print(Sub._is_protocol, Sub._is_runtime_protocol)
t('inherited runtime flag', lambda: isinstance(Circle(), Sub))

def bad_base():
    class P(Protocol, int):
        pass
t('bad base', bad_base)

def ok_bases():
    class P(Iterable, Protocol):
        pass
    return P._is_protocol
t('allowed abc base', ok_bases)

T = TypeVar('T')
@runtime_checkable
class Getter(Protocol[T]):
    def get(self) -> T:
        ...
class HasGet:
    def get(self):
        return 1
t('generic protocol', lambda: Getter[int])
t('generic params', lambda: Getter.__parameters__)
t('generic isinstance', lambda: isinstance(HasGet(), Getter))
t('generic isinstance subscripted', lambda: isinstance(HasGet(), Getter[int]))
t('Protocol[T]', lambda: Protocol[T])
t('Protocol[int]', lambda: Protocol[int])
t('Protocol', lambda: Protocol)

class WithInt:
    def __int__(self):
        return 7
    def __repr__(self):
        return 'WithInt()'
for obj in (3, 3.5, '3', WithInt(), True, [], 2j, b'x'):
    print(repr(obj), isinstance(obj, SupportsInt), isinstance(obj, SupportsFloat),
          isinstance(obj, SupportsIndex), isinstance(obj, SupportsAbs),
          isinstance(obj, SupportsRound), isinstance(obj, SupportsComplex),
          isinstance(obj, SupportsBytes))
print(issubclass(int, SupportsIndex), issubclass(float, SupportsIndex), issubclass(WithInt, SupportsInt))
t('SupportsAbs[int]', lambda: SupportsAbs[int])
t('SupportsInt[int]', lambda: SupportsInt[int])
t('SupportsInt mro', lambda: SupportsInt.__mro__)

def use(x: SupportsAbs[float]) -> float:
    return abs(x)
print(use(-2.5), use.__annotations__)
