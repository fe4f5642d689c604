# Spec B18: '__dict__' slot when the primary base already has a dict -> TypeError.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A: pass
trap(lambda: type('C', (A,), {'__slots__': ('__dict__',)}))
class S:
    __slots__ = ('__dict__',)
trap(lambda: type('C', (S,), {'__slots__': ('__dict__',)}))
trap(lambda: type('E', (Exception,), {'__slots__': ('__dict__',)}))
trap(lambda: type('E', (BaseException,), {'__slots__': ('__dict__',)}))
class S2(S):
    __slots__ = ()
trap(lambda: type('C', (S2,), {'__slots__': ('__dict__',)}))
class M(type): pass
trap(lambda: type('M2', (M,), {'__slots__': ('__dict__',)}))
