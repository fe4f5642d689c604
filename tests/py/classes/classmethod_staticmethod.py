# classmethod and staticmethod: binding through instances, classes and subclasses.
class A:
    @classmethod
    def make(cls, *args): return (cls.__name__, args)
    @staticmethod
    def helper(x, y=1): return x + y
    def plain(self): return self
class B(A): pass
print(A.make(1), B.make(), B().make(2), A.helper(1), B().helper(2, 3))
print(type(A.__dict__['make']).__name__, type(A.__dict__['helper']).__name__)
print(A.__dict__['helper'].__func__ is A.helper, A.make.__self__ is A, B().make.__self__ is B)
print(A.__dict__['make'].__func__.__name__, A.make.__func__ is A.__dict__['make'].__func__)
print(type(A.make).__name__, type(A.helper).__name__, type(A().plain).__name__, type(A.plain).__name__)
try:
    A.plain()
except TypeError as e:
    print('TypeError:', e)
cm = classmethod(lambda cls: cls.__name__)
print(cm.__get__(None, B)(), cm.__get__(B())())
sm = staticmethod(len)
print(sm.__get__(None, A)('abc'), callable(sm))
class C:
    @classmethod
    @property
    def both(cls): return 'cp ' + cls.__name__
print(C.both)
