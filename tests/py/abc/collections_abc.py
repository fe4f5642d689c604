# collections.abc: isinstance/issubclass of builtins (registrations and __subclasshook__s).
from collections import abc as cabc
import collections.abc

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

samples = [
    ('int', 1), ('str', 'ab'), ('bytes', b'ab'), ('list', [1]), ('tuple', (1,)), ('dict', {1: 2}),
    ('set', {1}), ('frozenset', frozenset()), ('range', range(2)), ('gen', (x for x in ())),
    ('iter', iter([])), ('keys', {}.keys()), ('values', {}.values()), ('items', {}.items()),
    ('func', len), ('lambda', lambda: 0), ('type', int), ('None', None), ('bytearray', bytearray()),
    ('mappingproxy', type.__dict__), ('dict_iter', iter({})), ('reversed', reversed([])),
    ('zip', zip()), ('map', map(str, [])), ('enumerate', enumerate([])),
]
abcs = ['Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized', 'Container',
        'Collection', 'Callable', 'Set', 'MutableSet', 'Mapping', 'MutableMapping',
        'MappingView', 'KeysView', 'ItemsView', 'ValuesView', 'Sequence', 'MutableSequence',
        'ByteString']
for name, obj in samples:
    print(f'{name:12}', ''.join('1' if isinstance(obj, getattr(cabc, a)) else '.' for a in abcs))
print(sorted(cabc.__all__))
print(collections.abc is cabc, cabc.Mapping.__module__, cabc.Sequence.__name__)

class OnlyIter:
    def __iter__(self):
        return iter(())
class IterNone(OnlyIter):
    __iter__ = None
class HashNone:
    __hash__ = None
class Both:
    def __iter__(self):
        return self
    def __next__(self):
        raise StopIteration
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
    def __call__(self):
        pass
for cls in (OnlyIter, IterNone, HashNone, Both):
    print(cls.__name__, issubclass(cls, cabc.Iterable), issubclass(cls, cabc.Iterator),
          issubclass(cls, cabc.Hashable), issubclass(cls, cabc.Sized), issubclass(cls, cabc.Collection),
          issubclass(cls, cabc.Callable), issubclass(cls, cabc.Container))
print(sorted(cabc.Mapping.__abstractmethods__), sorted(cabc.MutableSequence.__abstractmethods__))
print(sorted(cabc.MutableMapping.__abstractmethods__), sorted(cabc.MutableSet.__abstractmethods__))
print(sorted(cabc.Generator.__abstractmethods__), sorted(cabc.Set.__abstractmethods__))
trap(lambda: cabc.Mapping())
trap(lambda: cabc.Sequence())
trap(lambda: cabc.Iterable())
def g():
    yield 1
print(isinstance(g(), cabc.Generator), issubclass(type(g()), cabc.Iterator), cabc.Iterator.__subclasshook__(int))
print(cabc.Iterable.__subclasshook__(list), cabc.Sized.__subclasshook__(int), cabc.Mapping.__subclasshook__(dict))
