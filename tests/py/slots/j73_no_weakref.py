# Spec J73: without __weakref__, weakref.ref fails and the __weakref__ attribute is absent.
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
    __slots__ = ('foo',)
trap(lambda: weakref.ref(A()))
print(hasattr(A(), '__weakref__'))
class B:
    __slots__ = ()
trap(lambda: weakref.ref(B()))
trap(lambda: B().__weakref__)
