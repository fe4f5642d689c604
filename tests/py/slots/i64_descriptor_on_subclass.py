# Spec I64: member descriptors work on subclass instances; the subclass shares the descriptor.
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
class D(C): pass
d = D(); C.a.__set__(d, 1)
print(C.a.__get__(d), d.a, D.a is C.a, 'a' in D.__dict__)
class E(D):
    __slots__ = ('b',)
e = E(); e.a = 1; e.b = 2
print(C.a.__get__(e), E.b.__get__(e), E.a is C.a)
trap(lambda: E.b.__get__(D()))
