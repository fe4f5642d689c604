# Spec J76: __dict__ assignment must be a dict (subclasses ok); del obj.__dict__ gives a fresh dict later.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class MyDict(dict): pass
class A:
    __slots__ = ('__dict__',)
a = A(); a.x = 1
trap(lambda: setattr(a, '__dict__', 1))
trap(lambda: setattr(a, '__dict__', None))
a.__dict__ = MyDict(y=2); print(type(a.__dict__).__name__, a.y)
del a.__dict__; print(a.__dict__, hasattr(a, 'y'))
d = {'z': 3}
a.__dict__ = d
a.w = 4
print(d, a.__dict__ is d)
class P: pass
p = P()
trap(lambda: setattr(p, '__dict__', []))
