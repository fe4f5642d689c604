# Spec I60: member descriptor attributes are read-only; it has no instance dict.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('a',)
trap(lambda: setattr(C.a, '__name__', 'b'))
trap(lambda: setattr(C.a, '__objclass__', int))
trap(lambda: setattr(C.a, 'foo', 1))
trap(lambda: setattr(C.a, '__qualname__', 'x'))
trap(lambda: setattr(C.a, '__doc__', 'x'))
print(hasattr(C.a, '__dict__'))
