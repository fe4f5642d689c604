# Spec F44: object.__sizeof__() and sys.getsizeof() of slotted/plain instances and builtin subclasses.
# expected: by hand
# The numbers follow slotpy's classic layout (spec section "Where slotpy
# differs on purpose: the numbers"): object.__sizeof__() is
# __basicsize__ + __itemsize__ * abs(ob_size), and sys.getsizeof(o) is
# o.__sizeof__() (no GC header, no managed-dict pre-header: slotpy has
# neither).  Builtin struct sizes are slotpy's own, so builtin subclasses are
# compared with a base instance of the same value through object.__sizeof__.
import sys
class Plain: pass
class S0: __slots__ = ()
class S1: __slots__ = ('a',)
class S3: __slots__ = ('a', 'b', 'c')
class SD: __slots__ = ('__dict__',)
class SW: __slots__ = ('__weakref__',)
class SaDW: __slots__ = ('a', '__dict__', '__weakref__')
for o in (object(), Plain(), S0(), S1(), S3(), SD(), SW(), SaDW()):
    print(f"{type(o).__name__:6} sizeof={o.__sizeof__():3} getsizeof={sys.getsizeof(o):3}")
class I(int): pass
class I0(int): __slots__ = ()
class T(tuple): pass
class T0(tuple): __slots__ = ()
class B(bytes): pass
class St(str): pass
class L(list): pass
class F(float): pass
class F0(float): __slots__ = ()
class D(dict): pass
pairs = [(5, I(5)), (5, I0(5)), ((1, 2, 3), T((1, 2, 3))), ((1, 2, 3), T0((1, 2, 3))),
         (b'abc', B(b'abc')), ('abc', St('abc')), ([], L()), ({}, D()),
         (1.0, F(1.0)), (1.0, F0(1.0))]
for base, sub in pairs:
    print(f"{type(sub).__name__:3} {object.__sizeof__(sub) - object.__sizeof__(base)}")
objs = [object(), Plain(), S0(), 5, I(5), (1, 2, 3), T((1, 2, 3)), b'abc', B(b'abc'),
        'abc', St('abc'), [], L(), {}, D(), 1.0, F(1.0), F0(1.0)]
print(all(sys.getsizeof(o) == o.__sizeof__() for o in objs))
