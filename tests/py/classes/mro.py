# __mro__ and mro(): C3 linearization of single, diamond and complex hierarchies.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass
print([k.__name__ for k in Z.__mro__])
print(Z.mro() == list(Z.__mro__), type(Z.mro()).__name__, type(Z.__mro__).__name__)
class Left(A): pass
class Right(A): pass
class Bottom(Left, Right): pass
print([k.__name__ for k in Bottom.__mro__])
print(object.__mro__, int.__mro__, bool.__mro__)
class Meta(type):
    def mro(cls):
        return [cls, object] if cls.__name__ == 'Custom' else super().mro()
class Custom(A, metaclass=Meta): pass
print([k.__name__ for k in Custom.__mro__], issubclass(Custom, A))
