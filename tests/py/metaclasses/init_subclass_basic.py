# __init_subclass__ is an implicit classmethod called on the parent for each new subclass.
class Registry:
    subs = []

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Registry.subs.append(cls.__name__)


class A(Registry):
    pass


class B(A):
    pass


print(Registry.subs)
print(type(Registry.__dict__["__init_subclass__"]).__name__)
