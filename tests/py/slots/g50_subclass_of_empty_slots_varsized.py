# Spec G50: subclass of an empty-slots int subclass gets a dict; explicit '__dict__' is still 'nonempty'.
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
class J(I0): pass
j = J(5); j.x = 1
print(j.__dict__, j * 2, list(J.__dict__))
trap(lambda: type('K', (I0,), {'__slots__': ('__dict__',)}))
