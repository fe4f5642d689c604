# Type attributes: __name__, __qualname__, __module__, __doc__, __bases__, __base__, __subclasses__(), __dict__ mappingproxy.
class Outer:
    'outer doc'
    class Inner:
        pass
    def method(self):
        class Local: pass
        return Local
print(Outer.__name__, Outer.__qualname__, Outer.__module__, Outer.__doc__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__, Outer.Inner.__doc__)
L = Outer().method()
print(L.__qualname__, repr(Outer.Inner))
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(D.__bases__, D.__base__, A.__bases__, A.__base__, object.__base__, object.__bases__)
print(A.__subclasses__(), B.__subclasses__(), D.__subclasses__())
print(type(A.__dict__).__name__, A.__dict__['__module__'], '__doc__' in A.__dict__)
try:
    A.__dict__['x'] = 1
except TypeError as e:
    print('TypeError:', e)
A.x = 1
print(A.__dict__['x'], 'x' in A.__dict__, A.__dict__.get('y', 'none'))
del A.x
print('x' in A.__dict__)
try:
    del A.x
except AttributeError as e:
    print('AttributeError:', e)
T = type('T', (A,), {'__doc__': 'T doc', 'v': 1})
print(T.__name__, T.__qualname__, T.__module__, T.__doc__, T.__bases__, T.v)
print(int.__name__, int.__qualname__, int.__module__, type(int.__doc__).__name__)
