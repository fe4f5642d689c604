# Spec I63: __get__(None, None) is invalid; slot-wrapper arity errors have an empty function name.
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
trap(lambda: C.a.__get__(None, None))
trap(lambda: C.a.__get__(None))
trap(lambda: C.a.__get__())
trap(lambda: C.a.__set__(C()))
trap(lambda: C.a.__set__())
trap(lambda: C.a.__delete__())
trap(lambda: C.a.__get__(1, 2, 3))
