# Spec B14: '__weakref__' in __slots__ installs a __weakref__ getset (None until a weakref exists), no dict.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class W:
    __slots__ = ['__weakref__']
w = W()
print(w.__weakref__, W.__dict__['__weakref__'], type(W.__dict__['__weakref__']).__name__)
trap(lambda: setattr(w, 'foo', 42))
print(hasattr(w, '__dict__'), W.__slots__)
