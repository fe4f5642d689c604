# Metaclass selection: explicit metaclass=, inherited from bases, the most derived metaclass wins; a function as metaclass.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print('Meta.__new__', mcls.__name__, name, [b.__name__ for b in bases], sorted(kw))
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        print('Meta.__init__', name)
        super().__init__(name, bases, ns)
class SubMeta(Meta): pass
class A(metaclass=Meta): pass
class B(A): pass
print(type(A).__name__, type(B).__name__)
class C(metaclass=SubMeta): pass
class D(A, C): pass
print(type(D).__name__)
class E(C, metaclass=Meta): pass
print(type(E).__name__)
class F(metaclass=Meta, flag=1): pass
def func_meta(name, bases, ns):
    print('func_meta', name, sorted(k for k in ns if not k.startswith('__')))
    return 42
class G(metaclass=func_meta):
    x = 1
print(G)
print(type(type), type(object), isinstance(A, Meta), isinstance(A, type))
