# Spec D32: a __doc__ slot without a docstring is allowed; C.__doc__ is then the member descriptor.
class C:
    __slots__ = ('__doc__',)
c = C(); c.__doc__ = 'x'
print(C.__doc__, c.__doc__)
print(C().__doc__ if hasattr(C(), '__doc__') else 'unset')
class P:
    pass
print(P.__doc__, P.__dict__['__doc__'])
