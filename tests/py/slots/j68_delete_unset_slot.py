# Spec J68: deleting an unset slot -> AttributeError whose message is just the slot name.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('a', '__p')
    def delp(self): del self.__p
c = C()
trap(lambda: delattr(c, 'a'))
c.a = 1; del c.a
print(hasattr(c, 'a'))
trap(lambda: delattr(c, 'a'))
trap(lambda: c.delp())
try:
    del c.a
except AttributeError as e:
    print(repr(e), e.args)
