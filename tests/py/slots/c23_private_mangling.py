# Spec C23: __x slots are mangled with the class name; C.__slots__ keeps the raw name.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('__x',)
    def set(self, v): self.__x = v
    def get(self): return self.__x
c = C(); c.set(3)
print(c.get(), c._C__x, C.__slots__, C._C__x)
trap(lambda: setattr(c, '__x', 6))
trap(lambda: C().get())
