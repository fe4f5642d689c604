# reprs, equality and hashing of the typing aliases of builtin and collections classes
import typing
from typing import (List, Dict, Tuple, Set, FrozenSet, Type, Iterable, Iterator, Generator,
                    Sequence, MutableSequence, Mapping, MutableMapping, AbstractSet, Collection,
                    Container, Hashable, Sized, Reversible, DefaultDict, Deque, Counter,
                    OrderedDict, ChainMap, Any, Optional, Awaitable, Coroutine, AsyncIterator)

def t(label, f):
    try:
        print(label, '->', repr(f()))
    except Exception as e:
        print(label, '->', type(e).__name__, e)

bare = [List, Dict, Tuple, Set, FrozenSet, Type, Iterable, Iterator, Generator, Sequence,
        MutableSequence, Mapping, MutableMapping, AbstractSet, Collection, Container, Hashable,
        Sized, Reversible, DefaultDict, Deque, Counter, OrderedDict, ChainMap, Awaitable,
        Coroutine, AsyncIterator, typing.ContextManager, typing.KeysView, typing.ItemsView,
        typing.ValuesView, typing.MutableSet, typing.ByteString, typing.Callable]
for a in bare:
    print(repr(a), str(a), a.__origin__, a.__name__)

t('List[int]', lambda: List[int])
t('Dict[str, List[int]]', lambda: Dict[str, List[int]])
t('Set[str]', lambda: Set[str])
t('FrozenSet[int]', lambda: FrozenSet[int])
t('Type[int]', lambda: Type[int])
t('Type[Any]', lambda: Type[Any])
t('Iterable[Tuple[int, str]]', lambda: Iterable[Tuple[int, str]])
t('Generator', lambda: Generator[int, None, str])
t('Mapping', lambda: Mapping[str, Optional[int]])
t('DefaultDict', lambda: DefaultDict[str, list])
t('Deque', lambda: Deque[float])
t('Counter', lambda: Counter[str])
t('OrderedDict', lambda: OrderedDict[str, int])
t('ChainMap', lambda: ChainMap[str, int])
t('Coroutine', lambda: Coroutine[Any, Any, int])
t('ContextManager', lambda: typing.ContextManager[int])
t('ItemsView', lambda: typing.ItemsView[str, int])
t('nested builtin', lambda: List[list[int]])
t('dict of builtin', lambda: Dict[str, dict[str, int]])
t('List[None]', lambda: List[None])
t('List[1]', lambda: List[1])
t('List["int"]', lambda: List['int'])
t('class arg', lambda: List[typing.Protocol.__class__])
class Local:
    pass
t('user class arg', lambda: List[Local])
t('str()', lambda: str(Dict[str, int]))
t('f-string', lambda: f'{List[Set[int]]}')

# errors
t('too many', lambda: List[int, str])
t('too few', lambda: Dict[int])
t('too many dict', lambda: Dict[int, str, float])
t('not generic', lambda: Hashable[int])
t('not generic Sized', lambda: Sized[int])
t('empty', lambda: List[()])

# equality / hashing / caching
print(List[int] == List[int], List[int] != List[str], List[int] == list[int])
print(List[int] is List[int], hash(List[int]) == hash(List[int]))
print(Dict[str, int] == Dict[str, int], Dict[str, int] == Dict[int, str])
print(List == List, List == list, List[int] == 3)
d = {List[int]: 'a', Dict[str, int]: 'b', List[str]: 'c'}
print(d[List[int]], d[Dict[str, int]], d[List[str]], len(d))
print(List[int].__origin__, List[int].__args__, List[int].__parameters__)
print(Dict[str, int].__args__, Tuple[int, str].__origin__, Type[int].__origin__)
print(List[int].__module__, List.__module__, List[int].__name__, List[int].__qualname__)

# instantiation
t('List()', lambda: List())
t('List[int]()', lambda: List[int]())
t('Dict()', lambda: Dict())
t('Set()', lambda: Set[int]())
t('Tuple()', lambda: Tuple())
t('Type()', lambda: Type[int]())
t('DefaultDict', lambda: DefaultDict[str, int](int, a=1))
t('Deque', lambda: Deque[int]([1, 2]))
t('Counter', lambda: Counter[str]('abracadabra').most_common(2))
t('OrderedDict', lambda: OrderedDict[str, int](a=1))
t('Mapping()', lambda: Mapping[str, int]())
t('attr passthrough', lambda: List[int].append)
t('attr passthrough 2', lambda: Dict.fromkeys('ab'))

# iteration over an alias is not possible
t('iter List', lambda: list(List))
t('iter Callable', lambda: list(typing.Callable))
