# Spec A5: type(name, bases, dict) takes the same path; the namespace dict is copied; it must be a dict.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

d = {'__slots__': ['x', 'y']}
C = type('C', (), d)
d['__slots__'] = ('z',)
d['extra'] = 1
print(C.__slots__, C.x, C.__dict__ is d, hasattr(C, 'z'), hasattr(C, 'extra'))
trap(lambda: type('C', (), [('__slots__', ())]))
c = C(); c.x = 1; c.y = 2
print(c.x, c.y)
trap(lambda: setattr(c, 'z', 3))
