# Spec D30: type(): __qualname__ in the dict is used and removed; it must be a str.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

C = type('C', (), {'__slots__': ('__qualname__',), '__qualname__': 'Q'})
print(C.__qualname__, C.__dict__['__qualname__'])
try:
    class Q2:
        __qualname__ = object()
        __slots__ = ['__qualname__']
except TypeError as e:
    print('TypeError:', e)
trap(lambda: type('C', (), {'__qualname__': 5}))
D = type('D', (), {'__qualname__': 'Outer.D'})
print(D.__qualname__, '__qualname__' in D.__dict__)
