# Classes built on collections.abc.Sequence / Mapping match sequence / mapping patterns.
import collections
import collections.abc

class MySeq(collections.abc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)

class MyMap(collections.abc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)

def kind(x):
    match x:
        case {"a": a, **rest}:
            return f"mapping a={a} rest={rest}"
        case {}:
            return "mapping"
        case [x, y]:
            return f"pair {x} {y}"
        case [*items]:
            return f"sequence {items}"
        case _:
            return "neither"

for v in [MySeq(1, 2), MySeq(1, 2, 3), MySeq(), MyMap(a=1, b=2), MyMap(), collections.UserDict(a=5),
          collections.UserList([7, 8]), collections.UserString("ab"), collections.deque([1, 2]),
          collections.OrderedDict(a=3), collections.Counter("aab"), collections.ChainMap({"a": 9})]:
    print(type(v).__name__, "->", kind(v))

# Sequences that are also mappings: the first class in the MRO with a flag decides.
class C:
    pass

def first(x):
    match x:
        case [*_]:
            return "seq"
        case {}:
            return "map"
        case _:
            return "none"

class M1(collections.UserDict, collections.abc.Sequence): pass
class M2(C, collections.UserDict, collections.abc.Sequence): pass
class M3(collections.UserDict, C, list): pass
class S1(collections.UserList, collections.abc.Mapping): pass
class S2(C, collections.UserList, collections.abc.Mapping): pass
class S3(list, C, collections.abc.Mapping): pass
for cls in (M1, M2, M3, S1, S2, S3):
    print(cls.__name__, first(cls()))
