# TypeVar and user-defined Generic classes, substitution of type variables
from typing import TypeVar, Generic, List, Dict, Optional, Callable, Union, Tuple, Iterator

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

T = TypeVar('T')
K = TypeVar('K')
V = TypeVar('V')
N = TypeVar('N', int, float)
B = TypeVar('B', bound='Box')
Co = TypeVar('Co', covariant=True)
Contra = TypeVar('Contra', contravariant=True)

for tv in (T, N, B, Co, Contra):
    print(repr(tv), str(tv), tv.__name__, tv.__bound__, tv.__constraints__,
          tv.__covariant__, tv.__contravariant__, tv.__module__)
print(isinstance(T, TypeVar), T == T, T == TypeVar('T'), {T: 1}[T])
t('single constraint', lambda: TypeVar('X', int))
t('bound and constraints', lambda: TypeVar('X', int, str, bound=int))
t('bivariant', lambda: TypeVar('X', covariant=True, contravariant=True))
t('bound type', lambda: TypeVar('X', bound=List[int]).__bound__)
t('pipe', lambda: T | None)
t('ror', lambda: int | T)
t('isinstance', lambda: isinstance(1, T))
t('call', lambda: T())
def subclass_typevar():
    class X(TypeVar):
        pass
t('subclass', subclass_typevar)

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item
    def get(self) -> T:
        return self.item
    def __repr__(self):
        return f'Box({self.item!r})'

print(Box.__parameters__, Box.__orig_bases__)
print(Box.__mro__)
t('Box[int]', lambda: Box[int])
t('Box[int] args', lambda: Box[int].__args__)
t('Box[int] origin', lambda: Box[int].__origin__)
t('Box[List[str]]', lambda: Box[List[str]])
t('Box[T]', lambda: Box[T])
t('Box[K][int]', lambda: Box[K][int])
t('instantiate', lambda: Box[int](5))
t('orig_class', lambda: Box[int](5).__orig_class__)
t('plain', lambda: Box('x').get())
t('no orig_class', lambda: hasattr(Box(1), '__orig_class__'))
t('eq', lambda: Box[int] == Box[int])
t('neq', lambda: Box[int] == Box[str])
t('is cached', lambda: Box[int] is Box[int])
t('too many', lambda: Box[int, str])
t('isinstance', lambda: isinstance(Box(1), Box))
t('isinstance subscripted', lambda: isinstance(Box(1), Box[int]))
t('Box name', lambda: (Box[int].__name__, Box[int].__qualname__, Box[int].__module__))

class Pair(Generic[K, V]):
    def __init__(self, k: K, v: V):
        self.k, self.v = k, v
t('Pair[str, int]', lambda: Pair[str, int])
t('Pair too few', lambda: Pair[str])
t('Pair partial', lambda: Pair[str, V])
t('Pair partial params', lambda: Pair[str, V].__parameters__)
t('Pair partial subst', lambda: Pair[str, V][bytes])

class IntBox(Box[int]):
    pass
print(IntBox.__mro__, IntBox.__parameters__, IntBox.__orig_bases__)
t('IntBox[int]', lambda: IntBox[int])
t('IntBox()', lambda: IntBox(3).get())

class Both(Box[T], Pair[str, T]):
    pass
print(Both.__parameters__, Both.__mro__)

class Explicit(Box[K], Pair[K, V], Generic[V, K]):
    pass
print(Explicit.__parameters__)

class MyList(List[T]):
    def first(self) -> T:
        return self[0]
print(MyList.__mro__, MyList.__parameters__)
t('MyList[int]', lambda: MyList[int])
t('MyList()', lambda: MyList([4, 5]).first())

class MyDict(Dict[str, int]):
    pass
print(MyDict.__mro__, MyDict.__parameters__)

def errors():
    for body in ('class X(Generic): pass',
                 'class X(Generic[T], Generic[K]): pass',
                 'class X(Box[T], Generic[K]): pass',
                 'class X(Generic[int]): pass',
                 'class X(Generic[T, T]): pass',
                 'class X(Generic[()]): pass'):
        try:
            exec(body, globals())
            print('ok', body)
        except TypeError as e:
            print(body, '->', e)
errors()
t('Generic[T]', lambda: Generic[T])
t('Generic[T][int]', lambda: Generic[T][int])
t('Generic()', lambda: type(Generic()).__name__)
t('Generic repr', lambda: Generic)

# substitution in typing aliases
t('List[T][int]', lambda: List[T][int])
t('Dict[K, V][str, int]', lambda: Dict[K, V][str, int])
t('Dict[str, T][float]', lambda: Dict[str, T][float])
t('Dict[K, List[V]]', lambda: Dict[K, List[V]][str, int])
t('Optional[T][int]', lambda: Optional[T][int])
t('Union[T, int][str]', lambda: Union[T, int][str])
t('Union[T, int][int]', lambda: Union[T, int][int])
t('Tuple[T, T][int]', lambda: Tuple[T, T][int])
t('nested builtin', lambda: List[list[T]][int])
t('builtin generic', lambda: list[T][int])
t('builtin dict', lambda: dict[K, list[V]][str, int])
t('List[int][str]', lambda: List[int][str])
t('List[T][int, str]', lambda: List[T][int, str])
t('Dict[K, V] params', lambda: Dict[K, V].__parameters__)
t('Callable params', lambda: Callable[[K], V].__parameters__)
t('Iterator[T]', lambda: Iterator[T])

def first(xs: List[T]) -> T:
    return xs[0]
print(first([1, 2]), first.__annotations__)
