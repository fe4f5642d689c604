# The operator module itself: names, __all__, function types and reprs.
import operator
import _operator

print(operator.__name__, _operator.__name__, operator.__doc__.splitlines()[0])
print(operator.__all__)
print(len(operator.__all__), all(hasattr(operator, n) for n in operator.__all__))
print(sorted(n for n in dir(operator) if n.startswith('__') and n.endswith('__') and
             callable(getattr(operator, n))))
for n in ['add', 'neg', 'itemgetter', 'length_hint', 'call', 'countOf']:
    f = getattr(operator, n)
    print(n, repr(f), type(f).__name__, f is getattr(_operator, n))
print(operator.add.__module__, operator.add.__name__, operator.add.__qualname__)
print(operator.add.__doc__, operator.not_.__doc__, operator.contains.__doc__)
print(operator.itemgetter.__module__, operator.attrgetter.__name__, operator.methodcaller.__qualname__)
print(operator.itemgetter.__doc__.splitlines()[0])
from operator import *
print(add(1, 2), itemgetter(0)('x'), truth(1))
try:
    operator.itemgetter.x = 1
except TypeError as e:
    print('TypeError', e)
