# Spec A11: empty __slots__ ((), [], {}) -> no dict, no weakref on instances.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

for empty in ((), [], {}):
    C = type('C', (), {'__slots__': empty})
    c = C()
    trap(lambda: setattr(c, 'x', 1))
    print(hasattr(c, '__dict__'), hasattr(c, '__weakref__'), C.__basicsize__ == object.__basicsize__)
