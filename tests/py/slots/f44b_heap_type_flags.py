# Spec F44/appendix: every class made by a class statement has the GC, HEAPTYPE and BASETYPE flags.
class Plain: pass
class S0: __slots__ = ()
class S1: __slots__ = ('a',)
class I0(int): __slots__ = ()
class F0(float): __slots__ = ()
GC, HEAP, BASE = 1 << 14, 1 << 9, 1 << 10
for k in (Plain, S0, S1, I0, F0, type('X', (), {'__slots__': ()})):
    print(k.__name__, bool(k.__flags__ & GC), bool(k.__flags__ & HEAP), bool(k.__flags__ & BASE))
