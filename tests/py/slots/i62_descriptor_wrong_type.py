# Spec I62: member descriptor on a wrong instance type -> "descriptor 'a' for 'C' objects doesn't apply to a 'int' object".
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
trap(lambda: C.a.__get__(1))
trap(lambda: C.a.__get__(1, int))
trap(lambda: C.a.__set__(1, 2))
trap(lambda: C.a.__delete__(1))
class Other:
    __slots__ = ('a',)
trap(lambda: C.a.__set__(Other(), 1))
# the check is a real subtype check: an __instancecheck__ that says yes does not help
class Meta(type):
    def __instancecheck__(cls, inst): return True
class V(metaclass=Meta):
    __slots__ = 'a'
class U: pass
print(isinstance(U(), V))
trap(lambda: V.a.__set__(U(), 3))
