# abc.register with collections.abc: virtual subclasses gain isinstance but no mixin methods.
from collections.abc import Sequence, Mapping, Hashable, Sized
from abc import ABC

def trap(f):
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print(repr(r))

class MySeq:
    def __getitem__(self, i):
        return 'abc'[i]
    def __len__(self):
        return 3
print(isinstance(MySeq(), Sequence), issubclass(MySeq, Sized))
Sequence.register(MySeq)
print(isinstance(MySeq(), Sequence), hasattr(MySeq, 'index'), hasattr(MySeq, 'count'))
trap(lambda: MySeq().index('b'))
class RealSeq(Sequence):
    def __getitem__(self, i):
        return 'abc'[i]
    def __len__(self):
        return 3
print(RealSeq().index('b'), RealSeq().count('c'), list(reversed(RealSeq())), 'a' in RealSeq())
class Chain(ABC):
    pass
class Mid(ABC):
    pass
class Leaf:
    pass
Chain.register(Mid)
Mid.register(Leaf)
print(issubclass(Leaf, Chain), isinstance(Leaf(), Chain), issubclass(Chain, Mid))
class Late(ABC):
    pass
class Target:
    pass
print(issubclass(Target, Late))
Late.register(Target)
print(issubclass(Target, Late))
class Hashy:
    def __hash__(self):
        return 1
class NoHash(Hashy):
    __hash__ = None
print(issubclass(Hashy, Hashable), issubclass(NoHash, Hashable), isinstance(NoHash(), Hashable))
Mapping.register(MySeq)
print(isinstance(MySeq(), Mapping), issubclass(MySeq, Sequence))
trap(lambda: Sequence.register(MySeq()))
print(Sequence.register(MySeq) is MySeq)
print(isinstance([], Mapping), isinstance({}, Sequence), issubclass(str, Sequence), issubclass(bytes, Hashable))
