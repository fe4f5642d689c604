# Spec K82: __class__ assignment between different layouts -> "__class__ assignment: 'New' object layout differs from 'Old'".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A: __slots__ = ('a',)
class B: __slots__ = ('b',)
class AB: __slots__ = ('a', 'b')
class P: pass
class D: __slots__ = ('__dict__',)
class E: __slots__ = ()
class A2(A): pass
class L(list): pass
def setcls(o, k): o.__class__ = k
trap(lambda: setcls(A(), B))
trap(lambda: setcls(A(), AB))
trap(lambda: setcls(P(), D))
trap(lambda: setcls(P(), E))
trap(lambda: setcls(A2(), A))
trap(lambda: setcls(L(), P))
class A3(A): __slots__ = ()
a3 = A3(); a3.a = 5; a3.__class__ = A; print(type(a3).__name__, a3.a)
