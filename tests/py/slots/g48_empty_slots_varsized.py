# Spec G48: empty __slots__ on a var-sized base is fine: no dict, no weakref.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class I0(int):
    __slots__ = ()
x = I0(5)
print(x + 1, x, type(x).__name__)
trap(lambda: setattr(x, 'y', 1))
print(hasattr(x, '__dict__'), hasattr(x, '__weakref__'))
class T0(tuple):
    __slots__ = []
t = T0((1, 2))
print(t, len(t))
trap(lambda: setattr(t, 'y', 1))
