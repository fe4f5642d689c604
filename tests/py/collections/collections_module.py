# The collections package itself: __all__, the names it exports, types and their modules.
import collections
import collections.abc
from collections import *

print(sorted(collections.__all__))
for name in collections.__all__:
    obj = getattr(collections, name)
    print(name, type(obj).__name__, getattr(obj, '__module__', None))
print(deque is collections.deque, Counter is collections.Counter, namedtuple is collections.namedtuple)
print(collections.abc.Mapping.__name__, hasattr(collections, 'abc'), collections.abc.__name__)
print(issubclass(OrderedDict, dict), issubclass(defaultdict, dict), issubclass(Counter, dict))
print(issubclass(ChainMap, collections.abc.MutableMapping), issubclass(UserDict, collections.abc.MutableMapping))
print(issubclass(UserList, collections.abc.MutableSequence), issubclass(UserString, collections.abc.Sequence))
print(issubclass(deque, collections.abc.MutableSequence), isinstance(deque(), collections.abc.Sequence))
print(isinstance(OrderedDict().keys(), collections.abc.KeysView), isinstance(Counter(), collections.abc.Mapping))
print(repr(deque), repr(OrderedDict), repr(defaultdict), repr(Counter), repr(ChainMap))
print(deque.__name__, deque.__qualname__, OrderedDict.__qualname__, defaultdict.__qualname__)
for bad in (lambda: hash(deque()), lambda: hash(OrderedDict()), lambda: hash(defaultdict()), lambda: hash(Counter())):
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
try:
    OrderedDict() + 1
except TypeError as e:
    print('TypeError', e)
try:
    defaultdict() - 1
except TypeError as e:
    print('TypeError', e)
try:
    deque().nope
except AttributeError as e:
    print('AttributeError', e)
