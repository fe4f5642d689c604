# Bound-method __doc__, types.MethodType, module reprs, __abstractmethods__, property.__isabstractmethod__,
# the __init_subclass__ error with the qualname, reprs of builtin types with dotted names.
import sys, types, math, keyword
class A:
    def f(self): "doc f"
    @classmethod
    def g(cls): "doc g"
print(A().f.__doc__, A.g.__doc__)
m = types.MethodType(lambda self, x: (self, x), 5)
print(m(3))
try: types.MethodType(1, 2)
except TypeError as e: print(e)
print(repr(types.ModuleType("x")), sys, keyword.__name__)
class C: pass
C.__abstractmethods__ = frozenset({'f', 'g'})
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = frozenset({'h'})
try: C()
except TypeError as e: print(e)
C.__abstractmethods__ = frozenset()
print(type(C()).__name__)
del C.__abstractmethods__
try: C.__abstractmethods__
except AttributeError as e: print(e)
try: type.__abstractmethods__
except AttributeError as e: print(e)
print(property(lambda s: 1).__isabstractmethod__)
def f():
    class K(flag=True): pass
try: f()
except TypeError as e: print(e)
import collections
print(repr(iter(collections.deque())).split(' at ')[0])
