# Spec J67: reading an unset slot -> "'C' object has no attribute 'a'"; hasattr False; getattr default.
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
c = C()
trap(lambda: c.a)
print(hasattr(c, 'a'), getattr(c, 'a', 'dflt'))
trap(lambda: getattr(c, 'a'))
class D(C): pass
trap(lambda: D().a)
