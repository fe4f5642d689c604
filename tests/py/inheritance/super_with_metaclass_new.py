# super() in metaclass __new__ and in __init_subclass__ chains.
class Meta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        cls.created_by = mcls.__name__
        return cls


class A(metaclass=Meta):
    def __init_subclass__(cls, **kw):
        print("A.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)


class B(A):
    def __init_subclass__(cls, **kw):
        print("B.__init_subclass__", cls.__name__)
        super().__init_subclass__(**kw)


class C(B):
    pass


print(C.created_by)
