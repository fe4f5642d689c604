# Spec K85: __bases__ assignment uses the same layout test: "__bases__ assignment: 'New' object layout differs from 'Old'".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A: __slots__ = ('a',)
class B: pass
class C(A): pass
trap(lambda: setattr(C, '__bases__', (B,)))
class P: pass
trap(lambda: setattr(P, '__bases__', (int,)))
class X: pass
class Y(X): pass
Y.__bases__ = (B,); print(Y.__bases__, Y.__mro__)
