# Spec E35: order of checks in type_new: bases/layout, tuple(), var-sized, per-item, conflicts.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

trap(lambda: type('C', (int, str), {'__slots__': 1}))
trap(lambda: type('C', (int,), {'__slots__': 42}))
trap(lambda: type('C', (int,), {'__slots__': (1,)}))
trap(lambda: type('C', (int,), {'__slots__': ''}))
trap(lambda: type('C', (), {'__slots__': ('__dict__', 1)}))
trap(lambda: type('C', (), {'__slots__': ('a', '1a'), 'a': 1}))
trap(lambda: type('C', (), {'__slots__': ('a', '__dict__', '__dict__'), 'a': 1}))
trap(lambda: type('C', (bool,), {}))
trap(lambda: type('C', (bool,), {'__slots__': 5}))
trap(lambda: type('C', (1,), {'__slots__': 5}))
trap(lambda: type('C', (), {'__slots__': ('__dict__', '', 1)}))
trap(lambda: type('C', (), {'__slots__': ('a', 'b'), 'b': 1, 'a': 2}))
