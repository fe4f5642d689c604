# The itertools types: names, modules, reprs of the default kind, subclassing rules.
import itertools

names = ['accumulate', 'chain', 'combinations', 'combinations_with_replacement', 'compress',
         'count', 'cycle', 'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise',
         'permutations', 'product', 'repeat', 'starmap', 'takewhile', 'zip_longest']
for n in names:
    t = getattr(itertools, n)
    print(t, t.__name__, t.__module__, t.__qualname__, type(t).__name__, hasattr(t, '__next__'),
          hasattr(t, '__iter__'))
print(itertools.tee, type(itertools.tee).__name__)
print(itertools._grouper, itertools._tee, itertools._tee_dataobject)
print(sorted(n for n in dir(itertools) if not n.startswith('__')))
for n in ['_grouper', '_tee', '_tee_dataobject']:
    try:
        class X(getattr(itertools, n)):
            pass
        print(n, 'subclassable')
    except TypeError as e:
        print(n, 'TypeError', e)
for n in names:
    class Sub(getattr(itertools, n)):
        pass
    print(n, Sub.__mro__[1] is getattr(itertools, n))
c = itertools.chain()
print(repr(c).startswith('<itertools.chain object at 0x'))
class MyChain(itertools.chain):
    pass
print(repr(MyChain()).startswith('<__main__.MyChain object at 0x'))
print(repr(itertools.tee([])[0]).startswith('<itertools._tee object at 0x'))
class Cnt(itertools.count):
    def __repr__(self):
        return 'Cnt!'
print(repr(Cnt()), repr(itertools.count(3)))
class Cnt2(itertools.count):
    pass
print(repr(Cnt2(3)), repr(Cnt2(1, 2)))
class Chain2(itertools.chain):
    def __init__(self, *args, **kw):
        self.kw = kw
c2 = Chain2('ab', x=1)
print(list(c2), c2.kw)
try:
    itertools.chain('ab', x=1)
except TypeError as e:
    print('TypeError', e)
print(itertools.count.__next__(itertools.count(9)))
print(itertools.count.__doc__.splitlines()[0])
print(type(itertools.__doc__))
