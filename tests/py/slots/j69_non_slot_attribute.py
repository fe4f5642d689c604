# Spec J69: set/get/del of a name that is neither a slot nor in a dict -> "'C' object has no attribute 'b'".
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
    def __init__(self):
        self.a = 1
        self.y = 2
trap(lambda: C())
c = object.__new__(C)
trap(lambda: setattr(c, 'b', 1))
trap(lambda: c.b)
trap(lambda: delattr(c, 'b'))
