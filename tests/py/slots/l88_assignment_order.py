# Spec L88: assignment order: data descriptor __set__, then instance dict; property without setter/deleter errors.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    @property
    def x(self): return 1
    def m(self): return 'method'
c = C()
trap(lambda: setattr(c, 'x', 2))
trap(lambda: delattr(c, 'x'))
c.m = 'shadow'; print(c.m, C.m(c))
del c.m; print(c.m())
