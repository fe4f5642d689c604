# Spec B16: ('__dict__', '__dict__') -> '__dict__ slot disallowed: we already got one'.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

trap(lambda: type('C', (), {'__slots__': ('__dict__', '__dict__')}))
trap(lambda: type('C', (), {'__slots__': ['a', '__dict__', 'b', '__dict__']}))
