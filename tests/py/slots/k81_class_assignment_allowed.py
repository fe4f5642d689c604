# Spec K81: __class__ assignment is allowed between identical layouts (same slot names in any order, or both plain).
class A:
    __slots__ = ('a', 'b')
class B:
    __slots__ = ['b', 'a']
x = A(); x.a = 1; x.__class__ = B; print(type(x).__name__, x.a)
x.b = 2; x.__class__ = A; print(type(x).__name__, x.b, isinstance(x, A))
class P: pass
class Q: pass
class R:
    __slots__ = ('__dict__', '__weakref__')
p = P(); p.v = 1; p.__class__ = Q; p.__class__ = R; print(type(p).__name__, p.v)
class S0: __slots__ = ()
class T0: __slots__ = ()
s = S0(); s.__class__ = T0; print(type(s).__name__)
class Base:
    def who(self): return 'Base'
class Sub(Base):
    def who(self): return 'Sub'
o = Base(); o.__class__ = Sub; print(o.who())
