# Spec J70: assigning over a method/constant on an instance without a dict -> "'C' object attribute 'f' is read-only".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ()
    x = 1
    def f(self): pass
trap(lambda: setattr(C(), 'f', 1))
trap(lambda: setattr(C(), 'x', 2))
trap(lambda: delattr(C(), 'x'))
trap(lambda: delattr(C(), 'f'))
class D(C):
    __slots__ = ()
trap(lambda: setattr(D(), 'x', 3))
C.x = 10
print(C().x, D().x)
