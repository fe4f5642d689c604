# Spec I66: the __dict__ getset applied to the wrong type -> "descriptor '__dict__' for 'A' objects doesn't apply to a 'B' object".
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A: pass
class B:
    __slots__ = ('__dict__',)
trap(lambda: A.__dict__['__dict__'].__get__(B()))
trap(lambda: A.__dict__['__dict__'].__set__(B(), {}))
trap(lambda: A.__dict__['__weakref__'].__get__(B()))
a = A(); a.x = 1
print(A.__dict__['__dict__'].__get__(a), A.__dict__['__weakref__'].__get__(a))
