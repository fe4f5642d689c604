# Spec G49: weakref.ref to an int subclass instance fails (no weakrefs for var-sized bases).
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import weakref
class I(int): pass
i = I(5); i.x = 1; print(i.__dict__, I.__dict__['__dict__'])
trap(lambda: weakref.ref(i))
class T(tuple): pass
trap(lambda: weakref.ref(T()))
