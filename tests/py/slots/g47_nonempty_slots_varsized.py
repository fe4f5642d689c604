# Spec G47: nonempty __slots__ on a var-sized base -> "nonempty __slots__ not supported for subtype of '<base>'".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

for b in (int, tuple, bytes, type):
    trap(lambda: type('X', (b,), {'__slots__': ('a',)}))
trap(lambda: type('X', (int,), {'__slots__': ('__dict__',)}))
trap(lambda: type('X', (int,), {'__slots__': ('__weakref__',)}))
trap(lambda: type('X', (tuple,), {'__slots__': ('',)}))
class I(int): pass
trap(lambda: type('J', (I,), {'__slots__': ('a',)}))
try:
    class T(tuple):
        __slots__ = 'x'
except TypeError as e:
    print('TypeError:', e)
