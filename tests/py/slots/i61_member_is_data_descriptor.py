# Spec I61: a member descriptor is a data descriptor: __get__, __set__, __delete__.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ('a',)
c = C()
C.__dict__['a'].__set__(c, None)
print(C.a.__get__(c, C), C.a.__get__(None, C), C.a is C.__dict__['a'])
C.a.__delete__(c); print(hasattr(c, 'a'))
print(all(hasattr(C.a, m) for m in ('__get__', '__set__', '__delete__')))
C.a.__set__(c, [1, 2]); print(c.a, C.a.__get__(c))
print(C.a.__get__(c, None), C.a.__get__(c, int))
trap(lambda: C.a.__get__(C()))
trap(lambda: C.a.__delete__(C()))
