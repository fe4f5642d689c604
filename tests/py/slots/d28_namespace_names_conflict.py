# Spec D28: __module__, __slots__ and __doc__ (with a docstring) are namespace names and conflict.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

for body in ("__slots__ = ('__module__',)",
             "__slots__ = ('__slots__',)",
             "'doc'\n    __slots__ = ('__doc__',)"):
    try:
        exec("class C:\n    " + body)
    except ValueError as e:
        print('ValueError:', e)
trap(lambda: type('C', (), {'__slots__': ('__module__',), '__module__': 'm'}))
