# Spec D31: a __classcell__ slot is exempt too; a non-cell __classcell__ value is rejected.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('__classcell__',)
    def f(self): return __class__
print(C().f().__name__, C.__dict__['__classcell__'])
trap(lambda: type('C', (), {'__slots__': ('__classcell__',), '__classcell__': 1}))
try:
    class C3:
        __classcell__ = 42
        __slots__ = ['__classcell__']
except TypeError as e:
    print('TypeError:', e)
trap(lambda: type('C', (), {'__classcell__': 'x'}))
