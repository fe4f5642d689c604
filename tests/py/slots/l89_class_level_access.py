# Spec L89: C.slot returns the member descriptor; metatype data descriptors (__qualname__) win on the class.
class C:
    __slots__ = ('a', '__qualname__')
print(C.a, C.__qualname__, C.__dict__['__qualname__'])
print(getattr(C, 'a') is C.__dict__['a'])
class D:
    __slots__ = ('__name__',)
print(D.__name__, D.__dict__['__name__'])
