# Spec D34: a subclass slot may shadow a base-class method or property.
class B:
    def f(self): return 'meth'
    @property
    def p(self): return 'prop'
class C(B):
    __slots__ = ('f', 'p')
c = C()
print(hasattr(c, 'f')); c.f = 1; print(c.f, B.f(c))
print(hasattr(c, 'p')); c.p = 2; print(c.p, B.p.__get__(c))
