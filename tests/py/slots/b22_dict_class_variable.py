# Spec B22: '__dict__' slot plus a class variable __dict__: no conflict error; the class variable wins.
class C:
    __slots__ = ('__dict__',)
    __dict__ = 1
c = C(); c.x = 5
print(C.__dict__['__dict__'], c.__dict__, c.x, vars(c))
class W:
    __slots__ = ('__weakref__',)
    __weakref__ = 'cls'
print(W.__dict__['__weakref__'], W().__weakref__)
