# operator.methodcaller: positional and keyword arguments, errors, repr.
from operator import methodcaller

def show(f, *a, **k):
    try:
        print(repr(f(*a, **k)))
    except Exception as e:
        print(type(e).__name__, e)

print(methodcaller('upper')('abc'), methodcaller('split', ',')('a,b,c'))
print(methodcaller('split', ',', maxsplit=1)('a,b,c'), methodcaller('replace', 'a', 'o', 1)('banana'))
print(methodcaller('get', 'k', 'dflt')({}), methodcaller('count', 1)([1, 1, 2]))
print(repr(methodcaller('f')), repr(methodcaller('f', 1, 'a')), repr(methodcaller('f', x=1, y='b')))
print(repr(methodcaller('f', 1, None, key=[1], reverse=True)))
l = [3, 1, 2]
methodcaller('sort', reverse=True)(l)
print(l)
show(methodcaller)
show(methodcaller, 1)
show(methodcaller, None, 1)
show(methodcaller, name='x')
show(methodcaller('nope'), 'abc')
show(methodcaller('upper', 1), 'abc')
show(methodcaller('upper'))
show(methodcaller('upper'), 'a', 'b')
show(methodcaller('upper'), obj='a')
class C:
    def m(self, *a, **k):
        return (a, k)
    def __repr__(self):
        return 'C()'
print(methodcaller('m', 1, 2, z=3)(C()))
print(list(map(methodcaller('strip'), [' a ', 'b  '])))
mc = methodcaller('m', 1)
print(type(mc), type(mc).__name__)
print(mc.__reduce__() if False else 'skip reduce')
try:
    class Sub(methodcaller):
        pass
except TypeError as e:
    print('TypeError', e)
class S(str):
    pass
print(repr(methodcaller(S('upper'))), methodcaller(S('upper'))('q'))
rec = methodcaller('m', [])
print(repr(rec))
