# __contains__ for 'in'/'not in' (result converted to bool), with fallbacks to __iter__ and __getitem__.
class C:
    def __contains__(self, x):
        print('contains', x)
        return x == 1 and 'yes'
print(1 in C(), 2 in C(), 2 not in C())
class ViaIter:
    def __iter__(self): return iter([1, 2, 3])
print(2 in ViaIter(), 5 in ViaIter())
class Nothing: pass
try:
    1 in Nothing()
except TypeError as e:
    print('TypeError:', e)
class NoContains:
    __contains__ = None
    def __iter__(self): return iter([1])
try:
    1 in NoContains()
except TypeError as e:
    print('TypeError:', e)
class Raises:
    def __contains__(self, x): raise ValueError('in failed')
try:
    1 in Raises()
except ValueError as e:
    print('ValueError:', e)
class BadBool:
    def __bool__(self): raise RuntimeError('no bool')
class ReturnsBad:
    def __contains__(self, x): return BadBool()
try:
    1 in ReturnsBad()
except RuntimeError as e:
    print('RuntimeError:', e)
