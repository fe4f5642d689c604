# Spec J76: __dict__ can be set to a collections.OrderedDict (a dict subclass).
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import collections
class A:
    __slots__ = ('__dict__',)
a = A(); a.x = 1
trap(lambda: setattr(a, '__dict__', 1))
trap(lambda: setattr(a, '__dict__', None))
a.__dict__ = collections.OrderedDict(y=2); print(type(a.__dict__).__name__, a.y)
del a.__dict__; print(a.__dict__, hasattr(a, 'y'))
