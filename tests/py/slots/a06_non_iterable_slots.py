# Spec A6: non-iterable __slots__ -> the ordinary 'not iterable' TypeError.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

for v in (42, None, 3.5):
    trap(lambda: type('C', (), {'__slots__': v}))
try:
    class C:
        __slots__ = 7
except TypeError as e:
    print('TypeError:', e)
