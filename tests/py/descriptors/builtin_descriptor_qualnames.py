# __qualname__ and __objclass__ of slot wrappers, method-wrappers, getset and member descriptors
for o in [int.__add__, (1).__add__, list.append, [].append, len, dict.fromkeys, int.real, object.__init__, str.__dict__['join'], type.__dict__['__name__'], int.__dict__['real']]:
    print(type(o).__name__, getattr(o, '__qualname__', 'MISSING'), getattr(o, '__name__', 'MISSING'), getattr(o, '__objclass__', 'NO').__name__ if hasattr(o, '__objclass__') else 'NO')
import collections
print(collections.deque.append.__qualname__, collections.OrderedDict.__init__.__qualname__, (1.5).__add__.__qualname__)
class S:
    __slots__ = ('a',)
print(S.a.__qualname__, S.__init__.__qualname__, S().__init__.__qualname__)
