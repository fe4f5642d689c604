# Spec J72: no __dict__: obj.__dict__ and vars() fail, while the class still has a mappingproxy __dict__.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ()
a = A()
trap(lambda: a.__dict__)
trap(lambda: vars(a))
print(hasattr(a, '__dict__'), hasattr(A, '__dict__'), type(A.__dict__).__name__)
class B:
    __slots__ = ('x',)
trap(lambda: vars(B()))
trap(lambda: setattr(B(), '__dict__', {}))
