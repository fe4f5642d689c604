# The sequence (1 << 5) and mapping (1 << 6) type flags behind sequence and mapping patterns.
import collections
import collections.abc
import types

SEQ, MAP = 1 << 5, 1 << 6

def flags(t):
    f = t.__flags__
    return ("S" if f & SEQ else "-") + ("M" if f & MAP else "-")

for t in [list, tuple, range, memoryview, collections.deque, dict, types.MappingProxyType,
          str, bytes, bytearray, set, frozenset, object, type, int,
          collections.abc.Sequence, collections.abc.MutableSequence, collections.abc.Mapping,
          collections.abc.MutableMapping, collections.abc.Set, collections.OrderedDict,
          collections.defaultdict, collections.UserList, collections.UserDict]:
    print(t.__name__, flags(t))

class L(list): pass
class D(dict): pass
class LL(L): pass
class Both(list, collections.abc.Mapping): pass
class Neither: pass
for t in [L, D, LL, Both, Neither]:
    print(t.__name__, flags(t))

# __abc_tpflags__ is consumed by the ABC machinery.
print("__abc_tpflags__" in collections.abc.Sequence.__dict__)
print("__abc_tpflags__" in vars(collections.abc.Mapping))
