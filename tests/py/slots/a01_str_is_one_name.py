# Spec A1: a str __slots__ is ONE slot name; the class dict keeps the str itself.
class C:
    __slots__ = 'abc'
print(C.__slots__, type(C.__dict__['__slots__']).__name__, C.abc)
print(list(C.__slots__))
c = C()
c.abc = 1
print(c.abc, hasattr(C, 'a'))
class S(str): pass
class D:
    __slots__ = S('xy')
print(type(D.__slots__).__name__, D.xy)
