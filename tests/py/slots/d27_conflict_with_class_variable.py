# Spec D27: slot name already in the namespace -> ValueError "'<name>' in __slots__ conflicts with class variable".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

trap(lambda: type('X', (), {'__slots__': ['foo'], 'foo': None}))
try:
    class C:
        __slots__ = ('a',)
        def a(self): pass
except ValueError as e:
    print('ValueError:', e)
try:
    class D:
        __slots__ = ('ok', 'b')
        b = property(lambda self: 1)
except ValueError as e:
    print('ValueError:', e)
trap(lambda: type('X', (), {'__slots__': ['é'], 'é': 1}))
