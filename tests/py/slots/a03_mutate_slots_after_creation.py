# Spec A3: mutating/rebinding/deleting __slots__ after class creation changes nothing (sizes compared, not printed).
def trap(f):
    """Call f(); print 'ok' / repr(result), or 'ExcType: message'."""
    try:
        r = f()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")
    else:
        print("ok" if r is None else repr(r))

class C:
    __slots__ = ['a']
size = C.__basicsize__
C.__slots__.append('b')
print(C.__slots__, C.__basicsize__ == size, hasattr(C, 'b'))
c = C()
trap(lambda: setattr(c, 'b', 1))
C.__slots__ = ('x', 'y')
print(C.__basicsize__ == size, hasattr(C, 'x'))
trap(lambda: setattr(c, 'x', 1))
del C.__slots__
print(C.__basicsize__ == size, C.a)
trap(lambda: C.__slots__)
c.a = 5
print(c.a)
# a later subclass only looks at its own namespace, never the inherited attribute
class P:
    __slots__ = ['p']
P.__slots__ = ('q',)
class Q(P): pass
print(hasattr(Q, 'q'), 'q' in Q.__dict__, Q.__slots__)
q = Q(); q.q = 1; q.p = 2
print(q.__dict__, q.p)
