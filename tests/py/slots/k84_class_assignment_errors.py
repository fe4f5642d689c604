# Spec K84: other __class__ assignment errors (builtin types, non-type value, deletion); module subclasses allowed.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

import sys
ModuleType = type(sys)
class A: __slots__ = ()
class I(int): pass
def setcls(o, k): o.__class__ = k
trap(lambda: setcls(A(), object))
trap(lambda: setcls(I(1), int))
trap(lambda: setcls(1, I))
trap(lambda: setcls(A(), 1))
trap(lambda: delattr(A(), '__class__'))
trap(lambda: setcls(object(), A))
class M(ModuleType): pass
m = ModuleType('m'); m.__class__ = M; print(type(m).__name__)
m.__class__ = ModuleType; print(type(m).__name__)
