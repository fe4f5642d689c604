# Spec H58: explicit '__dict__' is allowed even if a secondary base has a dict.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('__dict__',)
class C(A, B):
    __slots__ = ('__dict__',)
c = C(); c.a = 1; c.z = 2
print(C.__base__.__name__, c.a, c.__dict__, list(C.__dict__))
trap(lambda: type('C2', (B, A), {'__slots__': ('__dict__',)}))
