# Spec B14: with '__weakref__' in __slots__, weakref.ref works and __weakref__ is the first weakref.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import weakref
class W:
    __slots__ = ['__weakref__']
w = W()
print(w.__weakref__)
r = weakref.ref(w)
print(w.__weakref__ is r, r() is w, W.__dict__['__weakref__'])
trap(lambda: setattr(w, 'foo', 42))
