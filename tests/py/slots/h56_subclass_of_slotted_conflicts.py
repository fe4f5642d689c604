# Spec H56: a subclass of a slotted class still conflicts with another slotted class.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ('a',)
class B(A): pass
class C:
    __slots__ = ('c',)
trap(lambda: type('D', (B, C), {}))
trap(lambda: type('D', (C, B), {}))
class D(B, A): pass
print(D.__base__.__name__, [k.__name__ for k in D.__mro__])
class E(A): __slots__ = ('e',)
class F(E, B): pass
print(F.__base__.__name__)
