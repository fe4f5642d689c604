# __init_subclass__ with class keywords; object.__init_subclass__ rejects keywords.
class Base:
    registry = []
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        print('init_subclass', cls.__name__, tag)
        Base.registry.append((cls.__name__, tag))
class A(Base, tag='a'): pass
class B(A): pass
class C(B, tag='c'): pass
print(Base.registry)
print(type(Base.__dict__['__init_subclass__']).__name__)
try:
    class D(Base, tag='d', other=1): pass
except TypeError as e:
    print('TypeError:', e)
try:
    class E(color='red'): pass
except TypeError as e:
    print('TypeError:', e)
class Plain: pass
try:
    class F(Plain, x=1): pass
except TypeError as e:
    print('TypeError:', e)
class G:
    def __init_subclass__(cls):
        cls.marked = True
class H(G): pass
print(getattr(G, 'marked', False), H.marked)
