# Spec F45: __basicsize__, __dictoffset__ etc. of a type are read-only.
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
trap(lambda: setattr(A, '__basicsize__', 1))
trap(lambda: setattr(A, '__dictoffset__', 1))
trap(lambda: setattr(A, '__itemsize__', 1))
trap(lambda: setattr(A, '__weakrefoffset__', 1))
trap(lambda: delattr(A, '__basicsize__'))
