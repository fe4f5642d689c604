# Spec J74: the __weakref__ getset is None, then the first weakref; it is neither writable nor deletable.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import weakref
class A:
    __slots__ = ('__weakref__',)
a = A()
print(a.__weakref__)
r = weakref.ref(a); print(a.__weakref__ is r)
trap(lambda: setattr(a, '__weakref__', 1))
trap(lambda: delattr(a, '__weakref__'))
r2 = weakref.ref(a)
print(r2 is r, a.__weakref__ is r)
