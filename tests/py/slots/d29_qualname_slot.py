# Spec D29: a __qualname__ slot is exempt from the conflict check; C.__qualname__ is still the type's qualname.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('__qualname__',)
c = C()
print(C.__qualname__, C.__dict__['__qualname__'], hasattr(c, '__qualname__'))
c.__qualname__ = 'q'; print(c.__qualname__)
trap(lambda: c.__class__.__qualname__)
