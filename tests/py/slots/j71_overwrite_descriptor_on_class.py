# Spec J71: replacing or deleting the member descriptor on the class makes the storage unreachable.
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
C.a = 5
c = C()
print(c.a)
trap(lambda: setattr(c, 'a', 6))
class D:
    __slots__ = ('a',)
saved = D.a
d = D(); d.a = 1
del D.a
print(hasattr(d, 'a'))
trap(lambda: setattr(d, 'a', 2))
print(saved.__get__(d))
D.a = saved
print(d.a)
