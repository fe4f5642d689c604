# Spec J78: a user __setattr__ sees slot assignments too.
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
    def __setattr__(self, n, v):
        print('setattr', n)
        object.__setattr__(self, n, v)
    def __delattr__(self, n):
        print('delattr', n)
        object.__delattr__(self, n)
c = C(); c.a = 1
trap(lambda: setattr(c, 'b', 2))
del c.a
trap(lambda: delattr(c, 'a'))
