# singledispatch over class hierarchies and ABCs; dispatch caching after late registration.
from functools import singledispatch
import collections.abc as abc

@singledispatch
def kind(x):
    return 'other'
@kind.register(abc.Sequence)
def _(x):
    return 'sequence'
@kind.register(abc.Mapping)
def _(x):
    return 'mapping'
@kind.register(str)
def _(x):
    return 'string'
@kind.register(abc.Set)
def _(x):
    return 'set'
print([kind(v) for v in ['s', [1], (1,), {}, {1}, frozenset(), 1, range(2), b'b']])
class A:
    pass
class B(A):
    pass
class C(B):
    pass
print(kind(C()))
kind.register(A, lambda x: 'A')
print(kind(C()), kind(B()))
kind.register(B, lambda x: 'B')
print(kind(C()), kind(A()), kind.dispatch(C)(None))
class Multi(A, abc.Sized):
    def __len__(self):
        return 0
print(kind(Multi()))
class MyMapping(abc.Mapping):
    def __getitem__(self, k):
        raise KeyError(k)
    def __iter__(self):
        return iter(())
    def __len__(self):
        return 0
print(kind(MyMapping()))
@singledispatch
def fmt(x):
    return repr(x)
@fmt.register
def _(x: bool):
    return 'yes' if x else 'no'
@fmt.register
def _(x: int):
    return '#%d' % x
@fmt.register
def _(x: list):
    return '[' + ', '.join(fmt(i) for i in x) + ']'
print(fmt([1, True, 'a', [2, False]]))
print(fmt.registry[int].__name__, len(fmt.registry), object in fmt.registry)
