# Spec I62: an ABC virtual subclass instance is rejected by a member descriptor.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import abc
class MyABC(metaclass=abc.ABCMeta):
    __slots__ = 'a'
class U: pass
MyABC.register(U)
print(isinstance(U(), MyABC))
trap(lambda: MyABC.a.__set__(U(), 3))
