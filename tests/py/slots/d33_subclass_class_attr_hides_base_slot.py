# Spec D33: a subclass class attribute may hide a base slot (no check against bases).
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class B:
    __slots__ = ('a',)
class C(B):
    __slots__ = ()
    a = 5
c = C()
print(c.a)
trap(lambda: setattr(c, 'a', 1))
B.a.__set__(c, 7); print(B.a.__get__(c), c.a)
