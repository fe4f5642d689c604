# Spec A7: __slots__ items must be str: "__slots__ items must be strings, not '<type>'".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

trap(lambda: type('C', (), {'__slots__': [None]}))
trap(lambda: type('C', (), {'__slots__': ('a', 1)}))
trap(lambda: type('C', (), {'__slots__': b'ab'}))
trap(lambda: type('C', (), {'__slots__': [b'a']}))
trap(lambda: type('C', (), {'__slots__': [('a',)]}))
