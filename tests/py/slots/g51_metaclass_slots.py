# Spec G51: type subclasses (metaclasses) accept only empty __slots__.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class M(type):
    __slots__ = ()
class C(metaclass=M): pass
print(type(C).__name__, C.__name__)
trap(lambda: type('M2', (type,), {'__slots__': ('a',)}))
try:
    class M3(type):
        __slots__ = ('x',)
except TypeError as e:
    print('TypeError:', e)
C.attr = 1
print(C.attr, '__dict__' in M.__dict__)
