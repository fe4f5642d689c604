# Spec B17: ('__weakref__', '__weakref__') -> 3.11's long '__weakref__ slot disallowed' message.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

trap(lambda: type('C', (), {'__slots__': ('__weakref__', '__weakref__')}))
trap(lambda: type('C', (), {'__slots__': ['__weakref__', 'a', '__weakref__']}))
