# Spec J74: the __weakref__ getset (no weakref module needed): None, not writable, not deletable.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ('__weakref__',)
a = A()
print(a.__weakref__)
trap(lambda: setattr(a, '__weakref__', 1))
trap(lambda: delattr(a, '__weakref__'))
class P: pass
p = P()
trap(lambda: setattr(p, '__weakref__', None))
print(p.__weakref__)
