# A metaclass can override mro() to customise __mro__.
class Meta(type):
    def mro(cls):
        print("mro called for", cls.__name__)
        return [cls, object]


class A:
    pass


class B(A, metaclass=Meta):
    pass


print([c.__name__ for c in B.__mro__])
print(isinstance(B(), A), issubclass(B, A))
