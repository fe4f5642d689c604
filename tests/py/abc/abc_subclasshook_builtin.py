# collections.abc hooks in action: duck-typed classes, __hash__ = None, explicit registration.
from collections.abc import (Hashable, Iterable, Iterator, Sized, Container, Callable,
                             Collection, Reversible, Sequence, Mapping, MutableMapping, Set,
                             MutableSet, Generator)

class Bag:
    def __len__(self): return 0
    def __iter__(self): return iter([])
    def __contains__(self, x): return False
class Rev(Bag):
    def __reversed__(self): return iter([])
class Unhash:
    __hash__ = None
class Gen:
    def __iter__(self): return self
    def __next__(self): return 1
    def send(self, v): ...
    def throw(self, *a): ...
    def close(self): ...
for cls in (Bag, Rev, Unhash, Gen, list, dict, str, int, type(None)):
    print(f'{cls.__name__:8}', [abc.__name__ for abc in (Hashable, Iterable, Iterator, Sized,
          Container, Callable, Collection, Reversible, Generator) if issubclass(cls, abc)])
print(issubclass(Bag, Sequence), issubclass(Bag, Set), issubclass(Bag, Mapping))
Sequence.register(Bag)
print(issubclass(Bag, Sequence), issubclass(Rev, Sequence), isinstance(Bag(), Reversible))
class MyMap(dict):
    pass
print(issubclass(MyMap, MutableMapping), isinstance(MyMap(), Mapping), issubclass(MyMap, Set))
print(isinstance({}.keys(), Set), isinstance({}.items(), Set), isinstance({}.values(), Set))
print(isinstance(frozenset(), MutableSet), isinstance(set(), MutableSet), isinstance(range(1), Sequence))
print(isinstance(b'', Sequence), isinstance(bytearray(), Sequence), isinstance(memoryview(b''), Hashable) if 'memoryview' in dir(__builtins__) else True)
print(isinstance(len, Callable), isinstance(Bag, Callable), isinstance(Bag(), Callable), callable(Bag()))
print(isinstance(iter(()), Iterator), isinstance(reversed([]), Iterator), isinstance(iter(range(3)), Iterator))
