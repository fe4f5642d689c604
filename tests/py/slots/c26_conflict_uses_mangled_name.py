# Spec C26: the class-variable conflict check uses the mangled slot name.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

try:
    class C:
        __slots__ = ('__x',)
        __x = 1
except ValueError as e:
    print('ValueError:', e)
trap(lambda: type('K', (), {'__slots__': ('__x',), '_K__x': 1}))
K = type('K', (), {'__slots__': ('__x',), '__x': 1})
print(K.__dict__['__x'], K._K__x)
