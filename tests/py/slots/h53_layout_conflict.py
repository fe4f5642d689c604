# Spec H53: two bases that each add storage -> 'multiple bases have instance lay-out conflict'.
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class A:
    __slots__ = ('a',)
class B:
    __slots__ = ('b',)
trap(lambda: type('C', (A, B), {}))
for bases in ((int, str), (list, dict), (Exception, int), (str, float)):
    trap(lambda: type('C', bases, {}))
try:
    class C(A, B):
        __slots__ = ()
except TypeError as e:
    print('TypeError:', e)
class A2:
    __slots__ = ('same',)
class B2:
    __slots__ = ('same',)
trap(lambda: type('C', (A2, B2), {}))
trap(lambda: type('C', (list, A), {}))
