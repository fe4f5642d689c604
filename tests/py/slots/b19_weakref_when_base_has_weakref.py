# Spec B19: '__weakref__' slot when the base already supports weakrefs -> TypeError.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A: pass
trap(lambda: type('C', (A,), {'__slots__': ('__weakref__',)}))
trap(lambda: type('C', (set,), {'__slots__': ('__weakref__',)}))
trap(lambda: type('C', (frozenset,), {'__slots__': ('__weakref__',)}))
class W:
    __slots__ = ('__weakref__',)
trap(lambda: type('C', (W,), {'__slots__': ('__weakref__',)}))
print(set.__weakrefoffset__ != 0, frozenset.__weakrefoffset__ != 0)
class S(set):
    __slots__ = ('a',)
s = S([1]); s.a = 2
print(s, s.a, hasattr(s, '__dict__'))
