# Spec K83: two int subclasses with dicts are incompatible for __class__ assignment; with __slots__ = () they are compatible.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class I(int): pass
class J(int): pass
def setcls(o, k): o.__class__ = k
trap(lambda: setcls(I(3), J))
class I0(int): __slots__ = ()
class J0(int): __slots__ = ()
x = I0(3); x.__class__ = J0; print(type(x).__name__, x)
class L(list): pass
class M(list): pass
y = L([1]); y.__class__ = M; print(type(y).__name__, y)
